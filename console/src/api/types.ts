import { type DisclosureReport } from '@marsoc/schema/wire';

/** Who is signed in and why they ask; held in memory only, never stored. */
export interface Session {
  token: string;
  purpose: string;
  justification: string;
}

/** The caller as the gateway verified them (Query.me). */
export interface Caller {
  name: string;
  agency: string;
  unit: string;
  regions: string[];
  roles: string[];
  vetting: string;
  maxClassification: string;
}

export interface GraphQLErrorView {
  message: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    owner?: string;
    category?: string;
    reason?: string;
    held?: boolean;
    route?: string;
  };
}

export interface GraphQLResult<Data> {
  data?: Data | null;
  errors?: GraphQLErrorView[];
  extensions?: { disclosure?: DisclosureReport };
}
