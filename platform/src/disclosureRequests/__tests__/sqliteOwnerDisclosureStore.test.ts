import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSubgraphDatabase, type SqliteDatabase } from '../../store';
import { storedGrant } from '../../grants/__tests__/fixtures';
import { createSqliteOwnerDisclosureStore } from '../OwnerDisclosureStore';

const HOLDINGS = {
  HMRC: { categories: { TAX: ['hmrc_taxpayer'] }, record: 'hmrc_taxpayer' },
};

/** A store still opened synchronously, as police, HMPPS and APMIS open theirs. */
const openSynchronousStore = (dataDirectory: string): SqliteDatabase =>
  openSubgraphDatabase({
    dataDirectory,
    name: 'owner',
    schemaSql:
      'CREATE TABLE IF NOT EXISTS hmrc_taxpayer (nominal_id TEXT PRIMARY KEY)',
    seed: (database) =>
      database.prepare("INSERT INTO hmrc_taxpayer VALUES ('NOM-00001')").run(),
    seedVersion: 'owner-v1',
  });

describe('the desk over a store still opened synchronously', () => {
  let dataDirectory: string;
  beforeEach(() => {
    dataDirectory = mkdtempSync(join(tmpdir(), 'owner-desk-'));
  });
  afterEach(() => rmSync(dataDirectory, { recursive: true, force: true }));

  it("keeps its grants in the subgraph's own file, across a restart, beside the owner's data it reads", async () => {
    const database = openSynchronousStore(dataDirectory);
    const desk = createSqliteOwnerDisclosureStore(database, HOLDINGS);
    expect(await desk.isNominalHeldBy('NOM-00001', 'HMRC')).toBe(true);
    expect(await desk.findHeldCategories('HMRC', 'NOM-00002')).toEqual(
      new Set(),
    );
    await desk.recordGrant(storedGrant('DG-1', 'NOM-00001'));
    // One connection: the synchronous store sees what the desk wrote.
    expect(database.prepare('SELECT id FROM disclosure_grants').all()).toEqual([
      { id: 'DG-1' },
    ]);
    database.close();

    const reopened = openSynchronousStore(dataDirectory);
    try {
      const again = createSqliteOwnerDisclosureStore(reopened, HOLDINGS);
      expect(
        (await again.findGrantsByNominalIds(['NOM-00001'])).map(
          (grant) => grant.id,
        ),
      ).toEqual(['DG-1']);
    } finally {
      reopened.close();
    }
  });
});
