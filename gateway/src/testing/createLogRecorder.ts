/** One pino line as written, parsed. */
export type LogLine = Record<string, unknown> & { msg?: string };

export interface LogRecorder {
  /** A pino destination: every line the logger writes lands here. */
  destination: { write(line: string): void };
  lines: LogLine[];
  /**
   * The first line from the `from`-th on with message `msg`, once it is
   * written: a test waits on what the service says, never on a clock.
   */
  next(msg: string, from?: number): Promise<LogLine>;
}

export function createLogRecorder(): LogRecorder {
  const lines: LogLine[] = [];
  const waiting: { msg: string; from: number; resolve(line: LogLine): void }[] =
    [];
  const find = (msg: string, from: number): LogLine | undefined =>
    lines.slice(from).find((line) => line.msg === msg);
  return {
    lines,
    destination: {
      write(text) {
        for (const part of text.split('\n'))
          if (part !== '') lines.push(JSON.parse(part) as LogLine);
        for (const waiter of [...waiting]) {
          const line = find(waiter.msg, waiter.from);
          if (!line) continue;
          waiting.splice(waiting.indexOf(waiter), 1);
          waiter.resolve(line);
        }
      },
    },
    next(msg, from = 0) {
      const line = find(msg, from);
      if (line) return Promise.resolve(line);
      return new Promise((resolve) => waiting.push({ msg, from, resolve }));
    },
  };
}
