import { JUSTIFICATION_HEADER, PURPOSE_HEADER } from '@marsoc/schema/wire';
import { type Session } from './types';

/**
 * The headers every request for data carries: the bearer token and the
 * purpose and justification the analyst declared (each request is audited
 * under them).
 */
export function requestHeaders(session: Session): Record<string, string> {
  return {
    authorization: `Bearer ${session.token}`,
    [PURPOSE_HEADER]: session.purpose,
    [JUSTIFICATION_HEADER]: session.justification,
  };
}
