import { type Caller, type RequestPurpose } from '../../caller';
import { loadRegister, type Register } from '../../register';
import {
  type Agency,
  type Purpose,
  type Role,
  type Vetting,
} from '../../vocabulary';
import { createPolicyEngine } from '../createPolicyEngine';
import { type FieldMarking, type PolicyEngine } from '../types';

/** The register as shipped, loaded once per test file. */
export const REGISTER: Register = loadRegister();
export const ENGINE: PolicyEngine = createPolicyEngine(REGISTER);

export function makeCaller(
  agency: Agency,
  options: { roles?: Role[]; vetting?: Vetting } = {},
): Caller {
  return {
    sub: `${agency.toLowerCase()}-test`,
    name: `Test ${agency} caller`,
    agency,
    unit: 'TEST-UNIT',
    regions: ['NORTH_WEST'],
    roles: options.roles ?? ['ANALYST'],
    vetting: options.vetting ?? 'NPPV3',
  };
}

export function makePurpose(
  purpose: Purpose = 'INTELLIGENCE_DEVELOPMENT',
): RequestPurpose {
  return {
    purpose,
    justification: 'Preparing the subject profile for the PSF',
  };
}

export function makeMarking(
  owner: Agency,
  category: string,
  classification: FieldMarking['classification'] = 'OFFICIAL',
): FieldMarking {
  return { owner, category, classification };
}

/** Every (owner, category) pair the register declares, as OFFICIAL markings. */
export function listAllMarkings(register: Register = REGISTER): FieldMarking[] {
  return [...register.categories.values()].flatMap((category) =>
    category.owners.map((owner) => makeMarking(owner, category.id)),
  );
}
