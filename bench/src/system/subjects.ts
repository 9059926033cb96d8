import { JUSTIFICATION_HEADER, PURPOSE_HEADER } from '@marsoc/schema/wire';
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
      [PURPOSE_HEADER]: BENCH_PURPOSE.purpose,
      [JUSTIFICATION_HEADER]: BENCH_PURPOSE.justification,
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
