import { type FuzzCase } from './FuzzCase';
import { describeSent, type Violation } from './judgeResponse';
import { type FuzzResponse } from './sendCase';

/** One failure class (rule x family) with its first, smallest reproduction. */
export interface FailureClass {
  rule: Violation['rule'];
  family: string;
  count: number;
  example: { index: number; detail: string; request: string; response: string };
}

/** Counts, the slowest answer, and failures grouped into classes. */
export class FuzzReport {
  cases = 0;
  slowest = { milliseconds: 0, index: -1, family: '' };
  private readonly classes = new Map<string, FailureClass>();

  record(
    index: number,
    fuzzCase: FuzzCase,
    response: FuzzResponse,
    violations: Violation[],
  ): void {
    this.cases++;
    if (response.milliseconds > this.slowest.milliseconds)
      this.slowest = {
        milliseconds: response.milliseconds,
        index,
        family: fuzzCase.family,
      };
    for (const violation of violations) {
      const key = `${violation.rule} ${fuzzCase.family}`;
      const known = this.classes.get(key);
      const request = summarise(fuzzCase);
      if (known) {
        known.count++;
        if (request.length < known.example.request.length)
          known.example = {
            index,
            detail: violation.detail,
            request,
            response: summariseResponse(response),
          };
        continue;
      }
      this.classes.set(key, {
        rule: violation.rule,
        family: fuzzCase.family,
        count: 1,
        example: {
          index,
          detail: violation.detail,
          request,
          response: summariseResponse(response),
        },
      });
    }
  }

  failures(): FailureClass[] {
    return [...this.classes.values()].sort(
      (a, b) =>
        a.rule.localeCompare(b.rule) || a.family.localeCompare(b.family),
    );
  }

  describe(): string {
    const lines = [
      `fuzz tier: ${this.cases} cases; slowest answer ${Math.round(this.slowest.milliseconds)} ms (case ${this.slowest.index}, ${this.slowest.family})`,
      ...this.failures().map(
        (failure) =>
          `  ${failure.rule} x${failure.count} [${failure.family}] e.g. case ${failure.example.index}: ${failure.example.detail}\n    request: ${failure.example.request}\n    response: ${failure.example.response}`,
      ),
    ];
    return `${lines.join('\n')}\n`;
  }
}

function clip(text: string, length = 300): string {
  return text.length <= length
    ? text
    : `${text.slice(0, length)}... (${text.length} chars)`;
}

function summarise(fuzzCase: FuzzCase): string {
  if (fuzzCase.raw !== undefined) return clip(JSON.stringify(fuzzCase.raw));
  const headers = Object.entries(fuzzCase.headers)
    .map(
      ([name, value]) =>
        `${name}: ${name === 'authorization' ? clip(value, 40) : clip(value, 80)}`,
    )
    .join('; ');
  const body = describeSent({ ...fuzzCase, path: '', headers: {} }).trim();
  return clip(
    `${fuzzCase.method} ${fuzzCase.target}${fuzzCase.path} {${headers}} ${JSON.stringify(body)}`,
    600,
  );
}

function summariseResponse(response: FuzzResponse): string {
  if (response.failure !== undefined) return `no answer: ${response.failure}`;
  return clip(
    `${response.status} ${Math.round(response.milliseconds)} ms ${response.contentType} ${response.body}`,
  );
}
