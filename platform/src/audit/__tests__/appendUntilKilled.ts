/**
 * Child process for the kill test: appends as fast as it can, keeping many
 * appends in flight, and prints each sequence only once its append resolved,
 * i.e. once the sink said it was durable.
 */
import { pino } from 'pino';
import { createFileAuditSink } from '../fileSink';
import { createInput } from './fixtures';

async function appendForever(directory: string): Promise<void> {
  const sink = await createFileAuditSink({
    directory,
    service: 'gateway',
    log: pino({ level: 'silent' }),
  });
  let next = 0;
  const appendOne = async (): Promise<void> => {
    for (;;) {
      next += 1;
      const record = await sink.append(
        createInput({ requestId: `req-${next}` }),
      );
      process.stdout.write(`${record.sequence}\n`);
    }
  };
  await Promise.all(Array.from({ length: 16 }, appendOne));
}

appendForever(process.argv[2] as string).catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
