import { DEFAULT_SEED, loadPersonas } from '@marsoc/platform';
import { type Caller } from '@marsoc/schema';
import { type NcaHmrcRepository } from '../repository/NcaHmrcRepository';
import { openNcaHmrcRepository } from '../repository/openNcaHmrcRepository';

/** A small seeded store; the population's 129 nominations plus some. */
export const TEST_STORE = {
  dataDirectory: ':memory:',
  seed: DEFAULT_SEED,
  size: 400,
};

export function openTestRepository(): Promise<NcaHmrcRepository> {
  return openNcaHmrcRepository(TEST_STORE);
}

/** A development persona's caller (platform/src/identity/personas.yaml). */
export function callerOf(handle: string): Caller {
  const persona = loadPersonas().get(handle);
  if (!persona) throw new Error(`no persona ${handle}`);
  return persona.caller;
}

/** Every agency field the subgraph serves about a nominal (the key aside). */
export const AGENCY_FIELDS = `
  hmrc {
    taxReference
    selfAssessments { taxYear declaredIncome taxDue filedOn }
    directorships { companyName companyNumber role appointedOn resignedOn }
    vatRegistrations { vatNumber tradingName registeredOn status }
    assets { assetType description estimatedValue acquiredOn }
  }
  hmrcInvestigations { reference investigationType openedOn status }
  nca {
    ncaReference
    ocgTiering { groupName tier threatArea nationalPriority assessedOn }
    suspiciousActivityReports { reference submittedOn reportingSector amount reasonCode }
    covertInterest { operationName interestType owningCommand recordedOn }
    deconfliction { contactBeforeAction route }
  }
  ncaDeconfliction { contactBeforeAction route }
`;

/** Everything the subgraph serves about a nominal. */
export const FULL_PICTURE = `id ${AGENCY_FIELDS}`;
