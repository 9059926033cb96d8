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
