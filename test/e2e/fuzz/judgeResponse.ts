import { type FuzzCase } from './FuzzCase';
import { findInternalText } from './internalText';
import { type FuzzResponse } from './sendCase';

/** Slower than this is a finding: no caller input may tie the gateway up. */
export const MAX_RESPONSE_MS = 2000;

/** A broken rule, named so that failures group into classes. */
export interface Violation {
  rule:
    | 'no-answer'
    | 'server-error'
    | 'slow'
    | 'subgraph-accepted'
    | 'not-json'
    | 'no-errors'
    | 'internal-text';
  detail: string;
}

/**
 * Judges one answer: never a 5xx, never slower than MAX_RESPONSE_MS, never
 * internal text, and every error a JSON body (GraphQL `errors` on /graphql).
 * A subgraph called directly, with no caller context from the gateway, must
 * refuse (4xx) whatever the request.
 */
export function judgeResponse(
  fuzzCase: FuzzCase,
  response: FuzzResponse,
): Violation[] {
  if (response.failure !== undefined)
    return [{ rule: 'no-answer', detail: response.failure }];
  const violations: Violation[] = [];
  if (response.status >= 500)
    violations.push({
      rule: 'server-error',
      detail: `status ${response.status}`,
    });
  if (response.milliseconds >= MAX_RESPONSE_MS)
    violations.push({
      rule: 'slow',
      detail: `${Math.round(response.milliseconds)} ms`,
    });
  if (
    fuzzCase.target !== 'gateway' &&
    !(response.status >= 400 && response.status < 500)
  )
    violations.push({
      rule: 'subgraph-accepted',
      detail: `status ${response.status} without a caller context`,
    });
  violations.push(...judgeBody(fuzzCase, response));
  const leaked = findInternalText(
    response.body,
    describeSent(fuzzCase),
    fuzzCase.target === 'gateway',
  );
  if (leaked)
    violations.push({
      rule: 'internal-text',
      detail: `${leaked.why}: ${JSON.stringify(leaked.match)}`,
    });
  return violations;
}

function judgeBody(fuzzCase: FuzzCase, response: FuzzResponse): Violation[] {
  if (fuzzCase.method === 'HEAD') return [];
  const { status, body, contentType } = response;
  if (
    fuzzCase.parserMayRefuse &&
    body === '' &&
    [400, 417, 431].includes(status)
  )
    return [];
  // fetch resolves dot segments before sending ('/health/ready/../../graphql'
  // is sent as '/graphql'); a raw request reaches the server as written.
  const path =
    fuzzCase.raw === undefined
      ? new URL(fuzzCase.path, 'http://fuzz.invalid').pathname
      : fuzzCase.path.split(/[?#]/)[0];
  if (contentType.startsWith('text/html')) {
    const landing =
      status === 200 &&
      fuzzCase.method === 'GET' &&
      (path === '/' || path === '/graphql');
    return landing
      ? []
      : [{ rule: 'not-json', detail: `HTML with status ${status}` }];
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [
      {
        rule: 'not-json',
        detail: `status ${status}, ${contentType || 'no content type'}: ${JSON.stringify(body.slice(0, 120))}`,
      },
    ];
  }
  if (!contentType.includes('json'))
    return [
      { rule: 'not-json', detail: `JSON labelled ${contentType || 'nothing'}` },
    ];
  if (path !== '/graphql') return [];
  const errors = (parsed as { errors?: unknown } | null)?.errors;
  const hasMessages =
    Array.isArray(errors) &&
    errors.length > 0 &&
    errors.every(
      (error) => typeof (error as { message?: unknown })?.message === 'string',
    );
  if (status >= 400 && !hasMessages)
    return [
      { rule: 'no-errors', detail: `status ${status}: ${body.slice(0, 120)}` },
    ];
  if (errors !== undefined && !hasMessages)
    return [
      { rule: 'no-errors', detail: `malformed errors: ${body.slice(0, 120)}` },
    ];
  return [];
}

/** Everything the caller sent, as text, to tell an echo from a leak. */
export function describeSent(fuzzCase: FuzzCase): string {
  const body =
    fuzzCase.body === undefined
      ? ''
      : typeof fuzzCase.body === 'string'
        ? fuzzCase.body
        : Buffer.from(fuzzCase.body).toString('utf8');
  return [
    fuzzCase.path,
    JSON.stringify(fuzzCase.headers),
    body,
    fuzzCase.raw ?? '',
  ].join('\n');
}
