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
import {
  createDisclosureGrantService,
  createSqliteDisclosureGrantRepository,
  DISCLOSURE_GRANTS_SCHEMA_SQL,
} from '../../grants';
import { openSubgraphDatabase, type SqliteDatabase } from '../../store';
import { createDisclosureRequestService } from '../createDisclosureRequestService';
import { createSqliteDisclosureRequestRepository } from '../createSqliteDisclosureRequestRepository';
import { type DisclosureRequestRepository } from '../DisclosureRequestRepository';
import {
  type DisclosureRequestCall,
  type DisclosureRequestService,
} from '../DisclosureRequestService';
import { DISCLOSURE_REQUESTS_SCHEMA_SQL } from '../disclosureRequestsSchemaSql';
import { type RequestDecisions } from '../readRequestDecisions';

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

/** An empty in-memory store with both the grants' and the requests' tables. */
export function openRequestDatabase(): SqliteDatabase {
  return openSubgraphDatabase({
    dataDirectory: ':memory:',
    name: 'requests-test',
    schemaSql: DISCLOSURE_GRANTS_SCHEMA_SQL + DISCLOSURE_REQUESTS_SCHEMA_SQL,
    seed: () => undefined,
    seedVersion: 'requests-test',
  });
}

export interface TestDesk {
  database: SqliteDatabase;
  repository: DisclosureRequestRepository;
  service: DisclosureRequestService;
  /** Every store read the desk made, in order: the timing class of an answer. */
  reads: string[];
}

/** The request desk over a fresh store and the real register's deadlines and legal bases. */
export function createTestDesk(
  changes: Partial<DisclosureRequestRepository> = {},
): TestDesk {
  const database = openRequestDatabase();
  const reads: string[] = [];
  const stored = createSqliteDisclosureRequestRepository(database);
  const repository: DisclosureRequestRepository = {
    ...stored,
    findRequestByClientId: (...args) => {
      reads.push('findRequestByClientId');
      return stored.findRequestByClientId(...args);
    },
    ...changes,
  };
  let nextId = 0;
  const owners: Agency[] = ['HMRC', 'NCA'];
  const grants = createDisclosureGrantService({
    repository: createSqliteDisclosureGrantRepository(database),
    owners,
    isCategoryOwnedBy: (category, owner) =>
      register.categories.get(category)?.owners.includes(owner) ?? false,
    isNcndCategory: (category) => category === 'NCA_COVERT_INTEREST',
    nominalExists: (nominalId, owner) =>
      (HOLDINGS[`${owner}:${nominalId}`] ?? []).length > 0,
    createId: () => `DG-${(nextId += 1)}`,
  });
  const service = createDisclosureRequestService({
    repository,
    grants,
    owners,
    rules: register.disclosureRequests,
    forbiddenLevels: (owner) =>
      register.owners.get(owner)?.forbiddenLevels ?? [],
    findHeldCategories: (owner, nominalId) => {
      reads.push('findHeldCategories');
      return new Set<DataCategory>(HOLDINGS[`${owner}:${nominalId}`] ?? []);
    },
    createId: () => `DR-${(nextId += 1)}`,
  });
  return { database, repository, service, reads };
}

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
export function refusalOf(action: () => unknown): GraphQLError {
  try {
    action();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** Every stored row of a table, for "nothing was written" assertions. */
export function readRows(database: SqliteDatabase, table: string): unknown[] {
  return database.prepare(`SELECT * FROM ${table}`).all();
}
