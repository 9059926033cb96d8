/** A field's protective marking, as GET /console/config publishes it. */
export interface FieldMarking {
  owner: string;
  category: string;
  classification: string;
}

export type SignInSettings =
  | { kind: 'development' }
  | {
      kind: 'oidc';
      issuer: string;
      clientId: string;
      authorizationEndpoint: string;
      tokenEndpoint: string;
      scope: string;
    }
  | { kind: 'unavailable' };

export interface PersonaChoice {
  handle: string;
  description: string;
  agency: string;
  roles: string[];
}

/** What the gateway tells the console at start (GET /console/config). */
export interface ConsoleConfig {
  signIn: SignInSettings;
  personas: PersonaChoice[];
  purposes: string[];
  minJustificationLength: number;
  /** Lowest first. */
  classifications: string[];
  markings: Record<string, FieldMarking>;
}

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

/** One owner's part of `extensions.disclosure` for one nominal. */
export interface AgencyDisclosure {
  owner: string;
  released: string[];
  summarised: string[];
  held: string[];
  withheld: string[];
  reasons: string[];
  routes: string[];
}

export interface NominalDisclosure {
  nominalId: string | null;
  agencies: AgencyDisclosure[];
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
  extensions?: {
    disclosure?: { registerVersion: string; nominals: NominalDisclosure[] };
  };
}
