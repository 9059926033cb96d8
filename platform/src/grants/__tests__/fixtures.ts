import { type Agency, type Caller } from '@marsoc/schema';
import { openSubgraphDatabase, type SqliteDatabase } from '../../store';
import { type DisclosureGrantInput } from '../DisclosureGrantRecord';
import { DISCLOSURE_GRANTS_SCHEMA_SQL } from '../disclosureGrantsSchemaSql';

/** The instant every test judges at. */
export const NOW = '2026-03-02T09:00:00.000Z';

export const HMRC_DISCLOSURE_OFFICER: Caller = {
  sub: 'test-hmrc-disclosure-officer',
  name: 'Casey Madeup',
  agency: 'HMRC',
  unit: 'HMRC Fraud Investigation Service - Disclosure Team',
  regions: ['NORTH_WEST'],
  roles: ['DISCLOSURE_OFFICER'],
  vetting: 'SC',
};

export const NCA_DISCLOSURE_OFFICER: Caller = {
  ...HMRC_DISCLOSURE_OFFICER,
  sub: 'test-nca-disclosure-officer',
  agency: 'NCA',
  unit: 'NCA Intelligence Directorate - Disclosure',
};

export const HMRC_INVESTIGATOR: Caller = {
  ...HMRC_DISCLOSURE_OFFICER,
  sub: 'test-hmrc-investigator',
  roles: ['INTELLIGENCE_OFFICER'],
};

export const POLICE_DISCLOSURE_OFFICER: Caller = {
  ...HMRC_DISCLOSURE_OFFICER,
  sub: 'test-police-disclosure-officer',
  agency: 'POLICE',
  unit: 'NWROCU',
};

/** A grant HMRC may record: NOM-00001's tax to the police (seed 000 E629). */
export const VALID_HMRC_GRANT: DisclosureGrantInput = {
  owner: 'HMRC',
  nominalId: 'NOM-00001',
  category: 'TAX',
  recipient: 'POLICE',
  purpose: 'INTELLIGENCE_DEVELOPMENT',
  legalBasis: 'CRCA 2005 s.18(2)(d) (criminal investigation by the NWROCU)',
  expiresAt: '2026-06-30T23:59:59Z',
};

/** Who holds which nominal in the test store, and which categories each owns. */
const HELD: Record<string, readonly string[]> = {
  HMRC: ['NOM-00001', 'NOM-00004'],
  NCA: ['NOM-00001', 'NOM-00002'],
};
const OWNED: Record<string, readonly string[]> = {
  HMRC: ['TAX', 'ASSETS', 'FINANCIAL_INTELLIGENCE', 'DISCLOSURE_GRANTS'],
  NCA: ['NCA_INTEREST', 'NCA_COVERT_INTEREST', 'ASSETS', 'DISCLOSURE_GRANTS'],
};
/** As nca.yaml's nca-covert-interest-ncnd rule holds it. */
const NCND: readonly string[] = ['NCA_COVERT_INTEREST'];

export const TEST_OWNERS: readonly Agency[] = ['HMRC', 'NCA'];

export function isTestCategoryOwnedBy(
  category: string,
  owner: Agency,
): boolean {
  return OWNED[owner]?.includes(category) ?? false;
}

export function isTestNcndCategory(category: string): boolean {
  return NCND.includes(category);
}

export function isTestNominalHeldBy(nominalId: string, owner: Agency): boolean {
  return HELD[owner]?.includes(nominalId) ?? false;
}

/** An empty in-memory grant store. */
export function openTestDatabase(): SqliteDatabase {
  return openSubgraphDatabase({
    dataDirectory: ':memory:',
    name: 'grants-test',
    schemaSql: DISCLOSURE_GRANTS_SCHEMA_SQL,
    seed: () => undefined,
    seedVersion: 'grants-test',
  });
}

/** Every stored row, for "nothing was written" assertions. */
export function readAllRows(database: SqliteDatabase): unknown[] {
  return database.prepare('SELECT * FROM disclosure_grants ORDER BY id').all();
}

export { storedGrant } from '../../testing/storedGrant';
