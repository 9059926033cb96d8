import { DEFAULT_SEED } from '@marsoc/platform';
import { type SqliteDatabase } from '@marsoc/platform/store';
import { openApmisDatabase } from '../repository/openApmisRepository';

const TABLES = [
  'apmis_nominal',
  'apmis_soc_threat',
  'apmis_disruption',
  'cohort_nomination',
  'cohort_event',
] as const;

function dumpTables(
  database: SqliteDatabase,
  where = '',
): Record<string, unknown[]> {
  return Object.fromEntries(
    TABLES.map((table) => [
      table,
      database.prepare(`SELECT * FROM ${table} ${where} ORDER BY 1, 2`).all(),
    ]),
  );
}

function withStore<T>(
  seed: string,
  size: number,
  read: (database: SqliteDatabase) => T,
): T {
  const database = openApmisDatabase({ dataDirectory: ':memory:', seed, size });
  try {
    return read(database);
  } finally {
    database.close();
  }
}

describe('seeding the APMIS store', () => {
  it('gives the same rows for the same seed', () => {
    const first = withStore(DEFAULT_SEED, 200, dumpTables);
    const second = withStore(DEFAULT_SEED, 200, dumpTables);
    expect(second).toEqual(first);
    expect(first.apmis_disruption?.length).toBeGreaterThan(307);
  });

  it('gives different rows for another seed', () => {
    const first = withStore(DEFAULT_SEED, 200, dumpTables);
    const other = withStore('another-seed', 200, dumpTables);
    expect(other.apmis_disruption).not.toEqual(first.apmis_disruption);
  });

  it("keeps every nominal's records the same whatever the population size", () => {
    const nominals = "WHERE nominal_id <= 'NOM-00150'";
    const small = withStore(DEFAULT_SEED, 150, (database) =>
      dumpTables(database, nominals),
    );
    const large = withStore(DEFAULT_SEED, 400, (database) =>
      dumpTables(database, nominals),
    );
    expect(large).toEqual(small);
  });

  it('seeds 100,000 nominals without error and keeps the MARSOC figures', () => {
    withStore(DEFAULT_SEED, 100_000, (database) => {
      const count = (sql: string) =>
        database.prepare<[], { n: number }>(sql).get()?.n;
      expect(count('SELECT count(*) n FROM apmis_nominal')).toBe(100_000);
      expect(
        count('SELECT count(*) n FROM apmis_disruption WHERE marsoc_flag = 1'),
      ).toBe(307);
      expect(
        count(
          "SELECT count(*) n FROM cohort_nomination WHERE status = 'SELECTED'",
        ),
      ).toBe(42);
    });
  }, 120_000);
});
