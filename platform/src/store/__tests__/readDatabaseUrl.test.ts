import { readDatabaseUrl } from '../readDatabaseUrl';

describe("a subgraph's DATABASE_URL", () => {
  it('is unset, or empty, for the SQLite file', () => {
    expect(readDatabaseUrl({})).toBeUndefined();
    expect(readDatabaseUrl({ DATABASE_URL: '' })).toBeUndefined();
  });

  it('is taken as given when it is a postgres:// URL', () => {
    const url = 'postgres://marsoc:secret@postgres:5432/marsoc';
    expect(readDatabaseUrl({ DATABASE_URL: url })).toBe(url);
  });

  it('stops the start for any other URL, naming the variable and never echoing its password', () => {
    const read = () =>
      readDatabaseUrl({
        DATABASE_URL: 'mysql://marsoc:hunter2@db:3306/marsoc',
      });
    expect(read).toThrow(/^DATABASE_URL must be a postgres:\/\/ URL/);
    expect(read).not.toThrow(/hunter2/);
  });
});
