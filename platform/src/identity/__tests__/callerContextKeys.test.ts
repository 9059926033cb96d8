import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {
  CALLER_CONTEXT_SECRET_FILE,
  decodeCallerContextKeyText,
  encodeCallerContextKeyText,
  loadOrCreateCallerContextSecret,
} from '../callerContextKeys';

let directory: string;

beforeEach(async () => {
  directory = await fs.mkdtemp(path.join(os.tmpdir(), 'marsoc-context-keys-'));
});

afterEach(async () => {
  await fs.rm(directory, { recursive: true, force: true });
});

const keys = () => path.join(directory, 'keys');
const secretFile = () => path.join(keys(), CALLER_CONTEXT_SECRET_FILE);

describe('the development caller-context secret', () => {
  it('is created on first use, 32 random bytes only the owner can read, and read back the same', async () => {
    const first = await loadOrCreateCallerContextSecret(keys());
    expect(first).toHaveLength(32);
    expect((await fs.stat(secretFile())).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateCallerContextSecret(keys())).toEqual(first);
  });

  it('is the same secret for services that start together', async () => {
    const secrets = await Promise.all(
      Array.from({ length: 5 }, () => loadOrCreateCallerContextSecret(keys())),
    );
    for (const secret of secrets) expect(secret).toEqual(secrets[0]);
  });

  it('is refused when other users could read its file', async () => {
    await loadOrCreateCallerContextSecret(keys());
    await fs.chmod(secretFile(), 0o640);
    await expect(loadOrCreateCallerContextSecret(keys())).rejects.toThrow(
      /readable by other users .*chmod 600/,
    );
  });

  it('is refused when its file holds something else, without repeating it', async () => {
    await fs.mkdir(keys(), { recursive: true });
    await fs.writeFile(secretFile(), 'short-and-secret\n', { mode: 0o600 });
    const error: unknown = await loadOrCreateCallerContextSecret(keys()).catch(
      (rejection: unknown) => rejection,
    );
    expect(String(error)).toMatch(/does not hold a caller context secret/);
    expect(String(error)).not.toContain('short-and-secret');
  });
});

describe('a caller-context key or secret in configuration', () => {
  const bytes = Uint8Array.from({ length: 32 }, (_, index) => index * 7);

  it('round-trips as base64url and is also read as standard base64', () => {
    const text = encodeCallerContextKeyText(bytes);
    expect(decodeCallerContextKeyText(text, 'the key')).toEqual(bytes);
    expect(
      decodeCallerContextKeyText(Buffer.from(bytes).toString('base64'), 'k'),
    ).toEqual(bytes);
  });

  it.each([
    ['too short', Buffer.alloc(16, 1).toString('base64url'), /at least 32/],
    ['not base64', 'not base64 at all!', /must be base64url/],
  ])('is refused when %s, naming no part of the value', (_label, text, why) => {
    let message = '';
    try {
      decodeCallerContextKeyText(text, 'the key');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(why);
    expect(message).not.toContain(text);
  });
});
