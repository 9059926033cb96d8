import {
  type Agency,
  type Caller,
  type DataCategory,
  type Decision,
  type DisclosureLevel,
  type ReasonCode,
  type RequestPurpose,
} from '@marsoc/schema';
import { loadRegister } from '@marsoc/schema/register';
import { GraphQLError } from 'graphql';
import { createDisclosureGrantService } from '../../grants';
import { type StoreDialect } from '../../store';
import { createDisclosureRequestService } from '../createDisclosureRequestService';
import {
  type DisclosureRequestCall,
  type DisclosureRequestService,
} from '../DisclosureRequestService';
import {
  createOwnerDisclosureStore,
  type OwnerDisclosureStore,
} from '../OwnerDisclosureStore';
import { type RequestDecisions } from '../readRequestDecisions';
import { openTestDeskStore, type TestDeskStore } from './openTestDeskStore';

const register = loadRegister();

/** The instant most tests judge at. */
export const NOW = '2026-03-02T09:00:00.000Z';
export const DAY = 86_400_000;
export const later = (days: number): string =>
  new Date(Date.parse(NOW) + days * DAY).toISOString();

export const POLICE_ANALYST: Caller = {
  sub: 'test-police-analyst',
  name: 'Ada Madeup',
  agency: 'POLICE',
  unit: 'NWROCU',
  regions: ['NORTH_WEST'],
  roles: ['ANALYST'],
  vetting: 'NPPV3',
};
export const HMRC_DISCLOSURE_OFFICER: Caller = {
  ...POLICE_ANALYST,
  sub: 'test-hmrc-disclosure-officer',
  agency: 'HMRC',
  unit: 'HMRC Disclosure Team',
  roles: ['DISCLOSURE_OFFICER'],
  vetting: 'SC',
};
export const NCA_DISCLOSURE_OFFICER: Caller = {
  ...HMRC_DISCLOSURE_OFFICER,
  sub: 'test-nca-disclosure-officer',
  agency: 'NCA',
};
export const PURPOSE: RequestPurpose = {
  purpose: 'INTELLIGENCE_DEVELOPMENT',
  justification: 'Subject profile for Operation Madeup',
};

/** A decision as the engine would give it; grantable unless said. */
export function decision(
  level: DisclosureLevel,
  reason: ReasonCode = 'AGREEMENT_NOT_SIGNED',
  grantable = level !== 'FULL' && level !== 'NCND',
): Decision {
  return { level, reason, rules: [], obligations: [], grantable };
}

/** The caller's decisions, by "OWNER:CATEGORY"; request records readable unless said. */
export function decisionsOf(
  byCategory: Record<string, readonly Decision[]>,
  requestRecordsRefusal?: ReasonCode,
): RequestDecisions {
  return {
    forCategory: (owner, category) => [
      ...(byCategory[`${owner}:${category}`] ?? []),
    ],
    categoriesOf: (owner) =>
      Object.keys(byCategory)
        .filter((key) => key.startsWith(`${owner}:`))
        .map((key) => key.slice(owner.length + 1)),
    requestRecordsRefusal,
  };
}

/** What the police analyst is shown: HMRC tax held, covert interest NCND, investigations withheld. */
export const ANALYST_DECISIONS = decisionsOf({
  'HMRC:TAX': [decision('EXISTENCE')],
  'HMRC:TAX_INVESTIGATIONS': [decision('WITHHELD', 'NO_AGREEMENT')],
  'NCA:NCA_INTEREST': [decision('EXISTENCE')],
  'NCA:NCA_COVERT_INTEREST': [decision('NCND', 'FORBIDDEN_BY_RULE')],
  'NCA:NCA_DECONFLICTION': [decision('FULL', 'PERMITTED')],
});

/** Who holds what in the test store. */
export const HOLDINGS: Record<string, readonly string[]> = {
  'HMRC:NOM-00001': ['TAX', 'ASSETS'],
  'NCA:NOM-00001': ['NCA_INTEREST'],
  'NCA:NOM-00002': ['NCA_INTEREST', 'NCA_COVERT_INTEREST'],
};

export function callAs(
  caller: Caller,
  decisions: RequestDecisions = ANALYST_DECISIONS,
  now = NOW,
  purpose: RequestPurpose | undefined = PURPOSE,
): DisclosureRequestCall {
  return { caller, purpose, now, decisions };
}

export interface TestDesk {
  /** The desk the service runs on, with the test's changes. */
  repository: OwnerDisclosureStore;
  service: DisclosureRequestService;
  /** Every store read the desk made, in order: the timing class of an answer. */
  reads: string[];
  readRows: TestDeskStore['readRows'];
  close(): Promise<void>;
}

/** Methods replacing the store's own, given the desk (a transaction's) they replace them on. */
export type TestChanges =
  | Partial<OwnerDisclosureStore>
  | ((desk: OwnerDisclosureStore) => Partial<OwnerDisclosureStore>);

/**
 * The request desk over a fresh store (SQLite in memory unless a dialect or
 * an open store is given) and the real register's deadlines and legal bases.
 * What the owners hold is HOLDINGS; `changes` replace the store's own
 * methods, on the desk and on every transaction's desk alike. A `replica`
 * name keeps its ids apart from another replica's over the same store.
 */
export async function createTestDesk(
  changes: TestChanges = {},
  on: StoreDialect | TestDeskStore = 'sqlite',
  replica = '',
): Promise<TestDesk> {
  const opened = typeof on === 'string' ? await openTestDeskStore(on) : on;
  const reads: string[] = [];
  const repository = withTestChanges(
    createOwnerDisclosureStore(opened.store, {}),
    changes,
    reads,
  );
  let nextId = 0;
  const owners: Agency[] = ['HMRC', 'NCA'];
  const service = createDisclosureRequestService({
    store: repository,
    grantsOver: (over) =>
      createDisclosureGrantService({
        repository: over,
        owners,
        isCategoryOwnedBy: (category, owner) =>
          register.categories.get(category)?.owners.includes(owner) ?? false,
        isNcndCategory: (category) => category === 'NCA_COVERT_INTEREST',
        nominalExists: (nominalId, owner) =>
          over.isNominalHeldBy(nominalId, owner),
        createId: () => `DG-${replica}${(nextId += 1)}`,
      }),
    owners,
    rules: register.disclosureRequests,
    forbiddenLevels: (owner) =>
      register.owners.get(owner)?.forbiddenLevels ?? [],
    createId: () => `DR-${replica}${(nextId += 1)}`,
  });
  return {
    repository,
    service,
    reads,
    readRows: opened.readRows,
    close: opened.close,
  };
}

/** The desk with HOLDINGS for what is held, the reads noted, and `changes` applied. */
function withTestChanges(
  desk: OwnerDisclosureStore,
  changes: TestChanges,
  reads: string[],
): OwnerDisclosureStore {
  const held = (owner: Agency, nominalId: string) =>
    new Set<DataCategory>(HOLDINGS[`${owner}:${nominalId}`] ?? []);
  return {
    ...desk,
    findRequestByClientId: (...args) => {
      reads.push('findRequestByClientId');
      return desk.findRequestByClientId(...args);
    },
    findHeldCategories: (owner, nominalId) => {
      reads.push('findHeldCategories');
      return Promise.resolve(held(owner, nominalId));
    },
    isNominalHeldBy: (nominalId, owner) =>
      Promise.resolve(held(owner, nominalId).size > 0),
    ...(typeof changes === 'function' ? changes(desk) : changes),
    transaction: (work) =>
      desk.transaction((trx) => work(withTestChanges(trx, changes, reads))),
  };
}

/** A desk over a fresh store holding one request, raised by the police analyst. */
export async function openDeskWithRequest(
  dialect: StoreDialect,
  changes: Record<string, unknown> = {},
): Promise<{ desk: TestDesk; requestId: string }> {
  const desk = await createTestDesk({}, dialect);
  const { id } = await desk.service.raise(
    taxRequest(changes),
    callAs(POLICE_ANALYST),
  );
  return { desk, requestId: id };
}

/** The police analyst's urgent request of most lifecycle tests. */
export const URGENT = { urgency: 'URGENT', urgencyReason: 'Arrest on Friday' };

/** A raise of HMRC tax on NOM-00001, changed by `changes`. */
export function taxRequest(changes: Record<string, unknown> = {}) {
  return {
    owner: 'HMRC',
    nominalId: 'NOM-00001',
    category: 'TAX',
    urgency: 'ROUTINE',
    clientRequestId: 'client-key-0001',
    ...changes,
  };
}

/** The coded error `action` throws, or a failure if it throws none. */
export async function refusalOf(action: () => unknown): Promise<GraphQLError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
