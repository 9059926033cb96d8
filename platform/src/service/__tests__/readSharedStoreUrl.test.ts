import { readSharedStoreUrl } from '../readSharedStoreUrl';

const URL = 'postgres://marsoc:secret@postgres:5432/marsoc';

describe("the DATABASE_URL a service's store opens on", () => {
  it('is the setting for a service that declares a shared store', () => {
    expect(
      readSharedStoreUrl({ sharedStore: true }, { DATABASE_URL: URL }),
    ).toBe(URL);
  });

  it('is none for a shared store when the setting is unset: its SQLite file', () => {
    expect(readSharedStoreUrl({ sharedStore: true }, {})).toBeUndefined();
  });

  it('is none for a service that does not declare one, though the setting is given', () => {
    expect(readSharedStoreUrl({}, { DATABASE_URL: URL })).toBeUndefined();
    expect(
      readSharedStoreUrl({ sharedStore: false }, { DATABASE_URL: URL }),
    ).toBeUndefined();
  });

  it('stops a shared store on a setting that is not a postgres:// URL, never echoing it', () => {
    const read = () =>
      readSharedStoreUrl(
        { sharedStore: true },
        { DATABASE_URL: 'mysql://marsoc:hunter2@db:3306/marsoc' },
      );
    expect(read).toThrow(/^DATABASE_URL must be a postgres:\/\/ URL/);
    expect(read).not.toThrow(/hunter2/);
  });
});
