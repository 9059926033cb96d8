import { connectStore, describeDatabaseUrl } from '../connectStore';

describe('where a store says it is', () => {
  it('names the server, port and database of a DATABASE_URL, never its user or password', () => {
    const said = describeDatabaseUrl(
      'postgres://marsoc:s3cret-Passw0rd@db.internal:6543/marsoc',
    );
    expect(said).toBe('db.internal:6543/marsoc');
    expect(said).not.toMatch(/s3cret|marsoc:/);
    expect(describeDatabaseUrl('postgresql://postgres@127.0.0.1/x')).toBe(
      '127.0.0.1:5432/x',
    );
  });

  it('refuses a DATABASE_URL that is not a postgres URL, naming the variable and not echoing the value', () => {
    expect(() => describeDatabaseUrl('not a url s3cret')).toThrow(
      /^DATABASE_URL is not a URL/,
    );
    expect(() => describeDatabaseUrl('not a url s3cret')).not.toThrow(/s3cret/);
    expect(() => describeDatabaseUrl('mysql://u:p@host/db')).toThrow(
      /DATABASE_URL must be a postgres:\/\/ URL/,
    );
  });

  it('refuses a store name that could not be a plain schema name', () => {
    for (const name of ['Police', 'police; drop schema x', '1police', ''])
      expect(() => connectStore({ dataDirectory: ':memory:' }, name)).toThrow(
        /not a plain lower-case name/,
      );
  });
});

describe('a store on PostgreSQL', () => {
  it('says where it is, without the password, before anything is asked of it', async () => {
    const connection = connectStore(
      {
        dataDirectory: ':memory:',
        databaseUrl: 'postgres://u:pw@127.0.0.1:5432/x',
      },
      'ncahmrc',
    );
    expect(connection.dialect).toBe('postgres');
    expect(connection.location).toBe(
      'postgres 127.0.0.1:5432/x schema ncahmrc',
    );
    expect(connection.legacySqlite).toBeUndefined();
    await connection.db.destroy();
  });
});
