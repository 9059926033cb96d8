import { type FieldMarking } from '../policy/types';
import { type Agency } from '../vocabulary/agency';
import { type Classification } from '../vocabulary/classification';
import { type Purpose } from '../vocabulary/purpose';
import { type Role } from '../vocabulary/role';

// The console reads the markings in the register's own shape.
export { type FieldMarking };

/** How the console signs an analyst in. */
export type ConsoleSignIn =
  /** The embedded development issuer: a persona picker, never in production. */
  | { kind: 'development' }
  /** OpenID Connect authorisation code with PKCE against the real provider. */
  | {
      kind: 'oidc';
      issuer: string;
      clientId: string;
      authorizationEndpoint: string;
      tokenEndpoint: string;
      scope: string;
    }
  /** A real provider verifies tokens but no console client is configured. */
  | { kind: 'unavailable' };

/** A development persona the picker offers: never a real person. */
export interface PersonaChoice {
  handle: string;
  description: string;
  agency: Agency;
  roles: readonly Role[];
}

/** What the gateway tells the console at start (GET /console/config). */
export interface ConsoleConfig {
  signIn: ConsoleSignIn;
  /** Empty unless the development issuer is in use. */
  personas: readonly PersonaChoice[];
  purposes: readonly Purpose[];
  minJustificationLength: number;
  /** Lowest first. */
  classifications: readonly Classification[];
  /** Each marked field's @marking by schema coordinate, `Type.field`. */
  markings: Readonly<Record<string, FieldMarking>>;
}
