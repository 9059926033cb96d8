import {
  type Agency,
  type Purpose,
  type Region,
  type Role,
  type Vetting,
} from './vocabulary';

/** Who is asking, as verified by the gateway from the caller's token. */
export interface Caller {
  sub: string;
  name: string;
  agency: Agency;
  unit: string;
  regions: readonly Region[];
  roles: readonly Role[];
  vetting: Vetting;
}

/** Why they are asking. Mandatory for anything that touches a nominal. */
export interface RequestPurpose {
  purpose: Purpose;
  justification: string;
}

/**
 * Who asks, why, and in which gateway request: the one context every service
 * judges and audits a request in. The gateway builds it from the bearer token
 * and the purpose headers, signs it for each subgraph fetch, and the subgraph
 * verifies it back into this same shape.
 */
export interface CallerContext {
  caller: Caller;
  /** Absent only for purpose-free operations (`me`, introspection). */
  purpose?: RequestPurpose;
  requestId: string;
}
