import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jwtVerify } from 'jose';

import { parseCallerClaims } from '../claims';
import {
  DEVELOPMENT_ISSUER,
  GATEWAY_AUDIENCE,
  createDevelopmentIssuer,
} from '../developmentIssuer';
import { loadPersonas } from '../personas';

const repositoryRoot = path.resolve(__dirname, '../../../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runTokenScript(args: string[], dataDirectory: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/token.ts', ...args], {
      cwd: repositoryRoot,
      env: { ...process.env, DATA_DIR: dataDirectory },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let dataDirectory: string;

beforeEach(async () => {
  dataDirectory = await fs.mkdtemp(
    path.join(os.tmpdir(), 'marsoc-token-script-'),
  );
});

afterEach(async () => {
  await fs.rm(dataDirectory, { recursive: true, force: true });
});

describe('npm run token', () => {
  it('prints only a bearer token for the persona, which the issuer npm start uses verifies', async () => {
    const run = await runTokenScript(['police-analyst'], dataDirectory);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const issuer = await createDevelopmentIssuer({ dataDirectory });
    const { payload } = await jwtVerify(run.stdout.trim(), issuer.publicKey, {
      issuer: DEVELOPMENT_ISSUER,
      audience: GATEWAY_AUDIENCE,
      algorithms: ['EdDSA'],
    });
    expect(parseCallerClaims(payload)).toEqual(
      loadPersonas().get('police-analyst')?.caller,
    );
  });

  it('applies --lifetime and --claim, reading claim values as JSON where they parse', async () => {
    const run = await runTokenScript(
      [
        'nca-officer',
        '--lifetime',
        '120',
        '--claim',
        'regions=["LONDON"]',
        '--claim',
        'ticket=T-1',
      ],
      dataDirectory,
    );
    expect(run.code).toBe(0);
    const issuer = await createDevelopmentIssuer({ dataDirectory });
    const { payload } = await jwtVerify(run.stdout.trim(), issuer.publicKey);
    expect(payload).toMatchObject({
      regions: ['LONDON'],
      ticket: 'T-1',
      agency: 'NCA',
    });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(120);
  });

  it('warns on stderr when no npm start has used the data directory, and only then', async () => {
    const first = await runTokenScript(['police-analyst'], dataDirectory);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect(first.stderr).toContain(
      `no npm start has used the data directory ${dataDirectory} yet`,
    );
    expect(first.stderr).toContain('only an npm start with this DATA_DIR');
    const second = await runTokenScript(['police-analyst'], dataDirectory);
    expect(second.code).toBe(0);
    expect(second.stderr).not.toContain('no npm start has used');
  });

  it('refuses an unknown persona with exit code 2, listing the known ones on stderr', async () => {
    const run = await runTokenScript(['chief-constable'], dataDirectory);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unknown persona "chief-constable"');
    expect(run.stderr).toContain('police-analyst');
    expect(run.stderr).toContain('low-clearance');
  });

  it.each([
    [
      ['police-analyst', '--lifetime', 'soon'],
      /--lifetime must be a whole number of seconds/,
    ],
    [['police-analyst', '--claim', 'novalue'], /--claim must be key=value/],
    [
      ['police-analyst', '--claim', 'aud=elsewhere'],
      /extra claims may not set aud/,
    ],
    [['police-analyst', '--colour'], /Unknown option '--colour'/],
  ])('refuses %j with exit code 2', async (args, message) => {
    const run = await runTokenScript(args, dataDirectory);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});
