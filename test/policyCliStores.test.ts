import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type DisclosureGrantRecord } from '@marsoc/platform/grants';
import {
  createTestDatabase,
  storedGrant,
  type TestDatabase,
} from '@marsoc/platform/testing';
import { hmppsService } from '@marsoc/subgraph-hmpps';
import { policeService } from '@marsoc/subgraph-police';
import { runPolicyCommand } from '../scripts/policy/runPolicyCommand';

// `policy explain` reads every owner's grants where the owner keeps them:
// each subgraph's own desk (docs/policy-model.md), in its SQLite file or, on
// DATABASE_URL, in its schema on the server. It once read NCA/HMRC's file
// alone, and so said nothing of a police or HMPPS grant, or of any grant
// kept on the server.
const PROJECT_ROOT = resolve(__dirname, '..');
const STORE = { seed: 'marsoc-early-adopter', size: 200 };

/** A grant to DWP of `owner`'s `category` on NOM-00001, in force. */
function grant(
  changes: Pick<
    DisclosureGrantRecord,
    'id' | 'owner' | 'category' | 'recipient' | 'legalBasis'
  >,
): DisclosureGrantRecord {
  return storedGrant(changes.id, 'NOM-00001', {
    ...changes,
    expiresAt: '2099-01-01T00:00:00.000Z',
  });
}

interface ExplainJson {
  nominal: {
    grantStores: { store: string; status: string; location: string }[];
    grants: { grant: { id: string; owner: string } }[];
  };
}

describe('npm run policy -- explain, over every owner store', () => {
  let dataDirectory: string;
  let database: TestDatabase;
  beforeAll(async () => {
    dataDirectory = mkdtempSync(join(tmpdir(), 'policy-cli-stores-'));
    database = await createTestDatabase('policy_cli');
    // Each opened as its service opens it: police on the file, HMPPS on the server.
    const police = await policeService.openRepository({
      ...STORE,
      dataDirectory,
    });
    await police.disclosures.recordGrant(
      grant({
        id: 'POLICE-GRANT-1',
        owner: 'POLICE',
        category: 'IDENTITY',
        recipient: 'DWP',
        legalBasis: 'DPA 2018 s.35(2)(b) for a s.31 purpose',
      }),
    );
    await police.close();
    const hmpps = await hmppsService.openRepository({
      ...STORE,
      dataDirectory: ':memory:',
      databaseUrl: database.url,
    });
    await hmpps.disclosures.recordGrant(
      grant({
        id: 'HMPPS-GRANT-1',
        owner: 'HMPPS',
        category: 'CUSTODY',
        recipient: 'DWP',
        legalBasis: 'hmpps-cca-s7-1',
      }),
    );
    await hmpps.close();
  }, 120_000);
  afterAll(async () => {
    rmSync(dataDirectory, { recursive: true, force: true });
    await database.drop();
  });

  it('shows the police grant from its file and the HMPPS grant from the server, and says where it looked for the rest', async () => {
    let stdout = '';
    let stderr = '';
    const code = await runPolicyCommand({
      args: [
        'explain',
        '--persona',
        'dwp-officer',
        '--nominal',
        'NOM-00001',
        '--json',
      ],
      env: { DATA_DIR: dataDirectory, DATABASE_URL: database.url },
      projectRoot: PROJECT_ROOT,
      now: () => '2026-06-01T00:00:00.000Z',
      out: (text) => (stdout += text),
      err: (text) => (stderr += text),
    });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const report = JSON.parse(stdout) as ExplainJson;
    expect(
      report.nominal.grants.map(({ grant: { id, owner } }) => [id, owner]),
    ).toEqual([
      ['POLICE-GRANT-1', 'POLICE'],
      ['HMPPS-GRANT-1', 'HMPPS'],
    ]);
    const stores = new Map(
      report.nominal.grantStores.map((store) => [store.store, store]),
    );
    // Every owner with a desk, as the service descriptors say (findGrants).
    expect([...stores.keys()]).toEqual(['police', 'hmpps', 'ncahmrc', 'apmis']);
    expect(stores.get('police')).toMatchObject({
      status: 'READ',
      location: join(dataDirectory, 'police.sqlite'),
    });
    expect(stores.get('hmpps')).toMatchObject({
      status: 'READ',
      location: expect.stringMatching(/^postgres .* schema hmpps$/) as unknown,
    });
    expect(stores.get('ncahmrc')?.status).toBe('ABSENT');
    expect(stores.get('apmis')?.status).toBe('ABSENT');
    // The URL's password, if any, is never printed.
    expect(stdout).not.toContain(database.url);
  });
});
