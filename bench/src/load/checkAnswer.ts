import { type HttpSubject } from './measureHttp';
import { ErrorCode } from '@marsoc/schema/wire';

/** What one answer looked like: enough to know every subject did the same work. */
export interface AnswerCheck {
  status: number;
  bytes: number;
  /** Nominals in the answer's data. */
  nominals: number;
  /** Error codes in the answer, e.g. WITHHELD for what the caller may not see. */
  errorCodes: string[];
}

/**
 * Sends one operation and refuses to measure a subject whose answer is not the
 * picture: a non-200, no nominal, or any error other than the owners' WITHHELD.
 * Only codes and counts are reported, never field values.
 */
export async function checkAnswer(
  subject: HttpSubject,
  expectedNominals: number,
): Promise<AnswerCheck> {
  const response = await fetch(subject.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...subject.headers },
    body: subject.body,
  });
  const text = await response.text();
  const parsed = parseAnswer(text);
  const check: AnswerCheck = {
    status: response.status,
    bytes: Buffer.byteLength(text),
    nominals: countNominals(parsed.data),
    errorCodes: (parsed.errors ?? []).map((error) =>
      String(error.extensions?.code ?? 'NO_CODE'),
    ),
  };
  const unexpected = check.errorCodes.filter(
    (code) => code !== ErrorCode.WITHHELD,
  );
  if (
    check.status !== 200 ||
    check.nominals !== expectedNominals ||
    unexpected.length > 0
  ) {
    throw new Error(
      `${subject.url} did not answer with the picture: status ${check.status}, ${check.nominals} nominals, errors ${check.errorCodes.join(', ') || 'none'}`,
    );
  }
  return check;
}

interface Answer {
  data?: {
    nominal?: { id?: unknown } | null;
    nominals?: readonly ({ id?: unknown } | null)[];
  } | null;
  errors?: readonly { extensions?: { code?: unknown } }[];
}

function parseAnswer(text: string): Answer {
  try {
    return JSON.parse(text) as Answer;
  } catch {
    return {};
  }
}

function countNominals(data: Answer['data']): number {
  if (!data) return 0;
  if (data.nominals)
    return data.nominals.filter((nominal) => typeof nominal?.id === 'string')
      .length;
  return typeof data.nominal?.id === 'string' ? 1 : 0;
}
