import { type HttpSubject } from '../load/measureHttp';
import { type RunningService } from '../process/ProcessGroup';
import { BENCH_PURPOSE } from '../query/benchCaller';

/** Our gateway needs what an analyst's client sends: a bearer token, a purpose and a justification. */
export function createOurSubject(
  gateway: RunningService,
  bearerToken: string,
  body: string,
): HttpSubject {
  return {
    url: gateway.url,
    body,
    headers: {
      authorization: `Bearer ${bearerToken}`,
      'x-purpose': BENCH_PURPOSE.purpose,
      'x-justification': BENCH_PURPOSE.justification,
    },
  };
}

/** The comparison gateways take the bare operation (they attach the caller context themselves). */
export function createPlainSubject(
  gateway: RunningService,
  body: string,
): HttpSubject {
  return { url: gateway.url, body, headers: {} };
}
