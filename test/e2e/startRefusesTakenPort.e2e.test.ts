import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readBasePort } from './readBasePort';
import { type StartedSystem, postGraphQL, startSystem } from './startSystem';

// What a newcomer meets at npm start (issue 17 point 7): progress while the
// services start and seed, a clear refusal when the ports are taken (a second
// instance used to print "running" on the first one's ports), and a hint with
// a token minted against another data directory.

const ROOT = join(__dirname, '..', '..');
const BASE_PORT = readBasePort('START_E2E_BASE_PORT', 15800, 6);
const run = promisify(execFile);

interface Outcome {
  code: number;
  output: string;
}

/** Runs scripts/start.ts or scripts/token.ts to the end, as npm would. */
async function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts', script), ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, timeout: 120_000 },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof failed.code === 'number' ? failed.code : -1,
      output: `${failed.stdout ?? ''}${failed.stderr ?? ''}`,
    };
  }
}

describe('npm start, as a newcomer meets it', () => {
  let system: StartedSystem;
  let otherDataDirectory = '';
  const portEnv = () => ({
    GATEWAY_PORT: String(system.ports.gateway),
    POLICE_PORT: String(system.ports.police),
    HMPPS_PORT: String(system.ports.hmpps),
    NCAHMRC_PORT: String(system.ports.ncahmrc),
    APMIS_PORT: String(system.ports.apmis),
    AUDIT_PORT: String(system.ports.audit),
  });

  beforeAll(async () => {
    otherDataDirectory = mkdtempSync(join(tmpdir(), 'marsoc-e2e-other-'));
    system = await startSystem(BASE_PORT);
  }, 180_000);
  afterAll(async () => {
    // Removed even when the system never started: nothing is left behind.
    rmSync(otherDataDirectory, { recursive: true, force: true });
    await (system as StartedSystem | undefined)?.stop();
  });

  it('says it is seeding on a first start and reports each service as it becomes ready', () => {
    const output = system.output();
    expect(output).toMatch(
      /first start in .*: each agency subgraph creates its store and seeds \d+ synthetic nominals/,
    );
    for (const service of [
      'police',
      'hmpps',
      'ncahmrc',
      'apmis',
      'audit',
      'gateway',
    ])
      expect(output).toMatch(
        new RegExp(`^ {2}${service} +ready after \\d+\\.\\d s$`, 'm'),
      );
    expect(output.indexOf('ready after')).toBeLessThan(
      output.indexOf('is running'),
    );
  });

  it('refuses to start a second time on the same ports, naming each, and starts nothing', async () => {
    const second = await runScript('start.ts', [], {
      ...portEnv(),
      DATA_DIR: otherDataDirectory,
    });
    expect(second.code).not.toBe(0);
    expect(second.output).not.toContain('is running');
    for (const [variable, port] of Object.entries(portEnv()))
      expect(second.output).toContain(
        `port ${port} on 127.0.0.1 (${variable}, for `,
      );
    expect(second.output).toContain('Is another npm start');
    expect(second.output).toContain('Nothing was started.');
    expect(existsSync(join(otherDataDirectory, 'logs'))).toBe(false);
    const health = await fetch(
      `http://127.0.0.1:${system.ports.gateway}/health/ready`,
    );
    expect(health.status).toBe(200);
  });

  it('answers a token minted against another data directory with a hint, the refusal otherwise unchanged', async () => {
    const minted = await runScript('token.ts', ['police-analyst'], {
      DATA_DIR: otherDataDirectory,
    });
    expect(minted.code).toBe(0);
    expect(minted.output).toContain('no npm start has used the data directory');
    const token = /^[\w-]+\.[\w-]+\.[\w-]+$/m.exec(minted.output)?.[0] ?? '';
    const { status, body } = await postGraphQL(
      system.gatewayUrl,
      '{ me { name } }',
      { token },
    );
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(body.errors?.[0]?.message).toMatch(
      /^the token signature is not valid: .*another instance or data directory\? Mint one with npm run token against this instance's DATA_DIR$/,
    );
    const own = await postGraphQL(system.gatewayUrl, '{ me { name } }', {
      token: await system.token('police-analyst'),
    });
    expect(own.status).toBe(200);
  });
});
