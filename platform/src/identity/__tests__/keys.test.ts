import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CompactSign, calculateJwkThumbprint, compactVerify } from 'jose';

import { loadOrCreateKeyPair } from '../keys';

const repositoryRoot = path.resolve(__dirname, '../../../..');
const tsx = path.join(repositoryRoot, 'node_modules/.bin/tsx');

let directory: string;

beforeEach(async () => {
  directory = await fs.mkdtemp(path.join(os.tmpdir(), 'marsoc-keys-'));
});

afterEach(async () => {
  await fs.rm(directory, { recursive: true, force: true });
});

const privateFile = () =>
  path.join(directory, 'keys', 'issuer.private.jwk.json');
const publicFile = () => path.join(directory, 'keys', 'issuer.public.jwk.json');

async function signAndVerify(name: string): Promise<void> {
  const pair = await loadOrCreateKeyPair(path.join(directory, 'keys'), name);
  const signed = await new CompactSign(new TextEncoder().encode('probe'))
    .setProtectedHeader({ alg: 'EdDSA' })
    .sign(pair.privateKey);
  await compactVerify(signed, pair.publicKey);
}

describe('loadOrCreateKeyPair', () => {
  it('creates an Ed25519 pair on first use whose private half only the owner can read', async () => {
    const pair = await loadOrCreateKeyPair(
      path.join(directory, 'keys'),
      'issuer',
    );

    expect((await fs.stat(privateFile())).mode & 0o777).toBe(0o600);
    expect((await fs.stat(publicFile())).mode & 0o777).toBe(0o644);
    expect(pair.publicJwk).toMatchObject({
      kty: 'OKP',
      crv: 'Ed25519',
      alg: 'EdDSA',
      use: 'sig',
    });
    expect(pair.publicJwk).not.toHaveProperty('d');
    expect(JSON.parse(await fs.readFile(publicFile(), 'utf8'))).toEqual(
      pair.publicJwk,
    );
  });

  it('names the key by its RFC 7638 thumbprint', async () => {
    const pair = await loadOrCreateKeyPair(
      path.join(directory, 'keys'),
      'issuer',
    );
    const { kty, crv, x } = pair.publicJwk;
    expect(pair.kid).toBe(await calculateJwkThumbprint({ kty, crv, x }));
    expect(pair.publicJwk.kid).toBe(pair.kid);
  });

  it('returns a pair whose private key signs what its public key verifies', async () => {
    await expect(signAndVerify('issuer')).resolves.toBeUndefined();
  });

  it('loads the same key on every later start', async () => {
    const first = await loadOrCreateKeyPair(
      path.join(directory, 'keys'),
      'issuer',
    );
    const second = await loadOrCreateKeyPair(
      path.join(directory, 'keys'),
      'issuer',
    );
    expect(second.kid).toBe(first.kid);
    expect(second.publicJwk).toEqual(first.publicJwk);
  });

  it('gives every one of many concurrent first calls the same key', async () => {
    const pairs = await Promise.all(
      Array.from({ length: 8 }, () =>
        loadOrCreateKeyPair(path.join(directory, 'keys'), 'issuer'),
      ),
    );
    expect(new Set(pairs.map((pair) => pair.kid)).size).toBe(1);
    const leftovers = (await fs.readdir(path.join(directory, 'keys'))).sort();
    expect(leftovers).toEqual([
      'issuer.private.jwk.json',
      'issuer.public.jwk.json',
    ]);
  });

  it('gives two processes starting together the same key', async () => {
    const children = [startKeyLoadingChild(), startKeyLoadingChild()];
    // Both load first and then start on one signal, so their first calls
    // overlap however slowly each process starts (no agreed instant to miss).
    await Promise.all(children.map((child) => child.loaded));
    for (const child of children) child.start();
    const kids = await Promise.all(children.map((child) => child.kid));
    expect(kids[0]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(kids[1]).toBe(kids[0]);
    const pair = await loadOrCreateKeyPair(
      path.join(directory, 'keys'),
      'issuer',
    );
    expect(pair.kid).toBe(kids[0]);
  });

  it('refuses a private key file that other users can read', async () => {
    await loadOrCreateKeyPair(path.join(directory, 'keys'), 'issuer');
    await fs.chmod(privateFile(), 0o644);
    await expect(
      loadOrCreateKeyPair(path.join(directory, 'keys'), 'issuer'),
    ).rejects.toThrow(
      /readable by other users \(mode 644\); restrict it with: chmod 600/,
    );
  });

  it('refuses a corrupt private key file and leaves it for an operator to inspect', async () => {
    await fs.mkdir(path.join(directory, 'keys'));
    await fs.writeFile(privateFile(), '{"kty":"RSA"}', { mode: 0o600 });
    await expect(
      loadOrCreateKeyPair(path.join(directory, 'keys'), 'issuer'),
    ).rejects.toThrow(/does not hold an Ed25519 private key as a JWK/);
    expect(await fs.readFile(privateFile(), 'utf8')).toBe('{"kty":"RSA"}');
  });

  it('refuses a private key file whose public half was replaced', async () => {
    await loadOrCreateKeyPair(path.join(directory, 'keys'), 'issuer');
    const other = await loadOrCreateKeyPair(
      path.join(directory, 'keys'),
      'other',
    );
    const jwk = JSON.parse(await fs.readFile(privateFile(), 'utf8'));
    await fs.writeFile(
      privateFile(),
      JSON.stringify({ ...jwk, x: other.publicJwk.x }),
    );
    await expect(
      loadOrCreateKeyPair(path.join(directory, 'keys'), 'issuer'),
    ).rejects.toThrow(/does not match its x value/);
  });

  it.each(['../escape', 'Upper', '', 'a/b'])(
    'refuses the key name %j',
    async (name) => {
      await expect(loadOrCreateKeyPair(directory, name)).rejects.toThrow(
        /key name must match/,
      );
    },
  );
});

/** A separate Node process with loadOrCreateKeyPair loaded, waiting for `start`. */
interface KeyLoadingChild {
  loaded: Promise<void>;
  start(): void;
  /** The kid the child's call returned. */
  kid: Promise<string>;
}

const LOADED = 'loaded\n';

function startKeyLoadingChild(): KeyLoadingChild {
  const script = `
    const { loadOrCreateKeyPair } = require(${JSON.stringify(path.join(__dirname, '../keys.ts'))});
    process.stdin.once('data', () => {
      loadOrCreateKeyPair(${JSON.stringify(path.join(directory, 'keys'))}, 'issuer')
        .then((pair) => process.stdout.write(pair.kid));
    });
    process.stdout.write(${JSON.stringify(LOADED)});
  `;
  const child = spawn(tsx, ['-e', script], { cwd: repositoryRoot });
  let output = '';
  let errors = '';
  let signalLoaded = (): void => undefined;
  const loaded = new Promise<void>((resolve) => (signalLoaded = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (output.startsWith(LOADED)) signalLoaded();
  });
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const kid = new Promise<string>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(output.slice(LOADED.length))
        : reject(new Error(`child exited ${code}: ${errors}`)),
    );
  });
  // A child that dies before loading fails the test through `kid` (its exit
  // code and stderr), not through a hang or the pipe it no longer reads.
  kid.catch(() => undefined).finally(signalLoaded);
  child.stdin.on('error', () => undefined);
  return {
    loaded,
    start: () => child.stdin.end('start\n'),
    kid,
  };
}
