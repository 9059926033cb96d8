import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readServiceConfig } from '../../service';
import { describeSubgraphStore } from '../describeSubgraphStore';
import { openSubgraphDatabase } from '../openSubgraphDatabase';

const SCHEMA = 'CREATE TABLE IF NOT EXISTS nominal (id TEXT PRIMARY KEY);';

function open(dataDirectory: string, seedSynthetic?: boolean, version = 'v1') {
  return openSubgraphDatabase({
    dataDirectory,
    name: 'police',
    schemaSql: SCHEMA,
    seed: (database) =>
      database.prepare("INSERT INTO nominal VALUES ('NOM-00001')").run(),
    seedVersion: version,
    seedSynthetic,
  });
}

describe('SEED_SYNTHETIC (issue 15 point 2)', () => {
  let dataDirectory: string;
  beforeEach(() => {
    dataDirectory = mkdtempSync(join(tmpdir(), 'seed-synthetic-'));
  });
  afterEach(() => rmSync(dataDirectory, { recursive: true, force: true }));

  it('is off in production unless set to true, and on in development', () => {
    const read = (env: Record<string, string>) =>
      readServiceConfig(
        { ...env, DATA_DIR: dataDirectory },
        'POLICE_PORT',
        4001,
      ).seedSynthetic;
    expect(read({ NODE_ENV: 'production' })).toBe(false);
    expect(read({ NODE_ENV: 'production', SEED_SYNTHETIC: 'true' })).toBe(true);
    expect(read({})).toBe(true);
    expect(read({ SEED_SYNTHETIC: 'false' })).toBe(false);
    expect(() => read({ SEED_SYNTHETIC: 'yes' })).toThrow(/SEED_SYNTHETIC/);
  });

  it('leaves a new store empty when off, and says so', () => {
    open(dataDirectory, false).close();
    expect(describeSubgraphStore(dataDirectory, 'police')).toEqual({
      store: join(dataDirectory, 'police.sqlite'),
      data: 'empty',
    });
  });

  it('seeds when on and says which seed, and when off never re-seeds a store seeded with another', () => {
    open(dataDirectory, true).close();
    expect(describeSubgraphStore(dataDirectory, 'police')).toMatchObject({
      data: 'synthetic',
      seedVersion: 'v1',
    });
    const database = open(dataDirectory, false, 'v2');
    database.prepare("INSERT INTO nominal VALUES ('NOM-00002')").run();
    database.close();
    expect(describeSubgraphStore(dataDirectory, 'police')).toMatchObject({
      seedVersion: 'v1',
    });
    const reopened = open(dataDirectory, false, 'v3');
    expect(reopened.prepare('SELECT count(*) AS n FROM nominal').get()).toEqual(
      { n: 2 },
    );
    reopened.close();
  });

  it('calls data it did not seed existing', () => {
    const database = open(dataDirectory, false);
    database.prepare("INSERT INTO nominal VALUES ('NOM-00009')").run();
    database.close();
    expect(describeSubgraphStore(dataDirectory, 'police').data).toBe(
      'existing',
    );
  });
});
