import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBasePort } from './readBasePort';
import { postGraphQL, startSystem, type StartedSystem } from './startSystem';

// Issue 15 point 2: `npm run build` compiles the system and the compiled
// services run under node alone (no tsx), from dist/, and answer.
const ROOT = join(__dirname, '..', '..');
const BASE_PORT = readBasePort('BUILD_E2E_BASE_PORT', 16400, 6);
const RUNNING = 'Ctrl-C or SIGTERM stops everything.';

/** The command line of a running process, as its arguments. */
function readCommandLine(pid: number): string[] {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    .split('\0')
    .filter((arg) => arg !== '');
}

describe('the compiled build (npm run build, npm run start:prod)', () => {
  let system: StartedSystem;

  beforeAll(async () => {
    const started = Date.now();
    const build = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts', 'build.ts')],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (build.status !== 0)
      throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
    process.stdout.write(
      `npm run build took ${((Date.now() - started) / 1000).toFixed(1)} s\n${build.stdout}`,
    );
    system = await startSystem(
      BASE_PORT,
      // NODE_ENV empty, as unset: start:prod makes it production.
      {
        NODE_ENV: '',
        SEED_SYNTHETIC: 'true',
        ALLOW_DEVELOPMENT_ISSUER: 'true',
      },
      {
        args: [
          '--conditions=marsoc-dist',
          join(ROOT, 'scripts', 'dist', 'startProduction.js'),
        ],
        banner: RUNNING,
      },
    );
  }, 600_000);
  afterAll(() => system?.stop());

  it('runs every service from its dist/main.js under node with the compiled condition, without tsx', () => {
    const pidDirectory = join(system.dataDirectory, 'run');
    const commandLines = readdirSync(pidDirectory).map((file) =>
      readCommandLine(
        Number(readFileSync(join(pidDirectory, file), 'utf8').trim()),
      ),
    );
    expect(commandLines).toHaveLength(6);
    for (const args of commandLines) {
      expect(args).toContain('--conditions=marsoc-dist');
      expect(args.join(' ')).toMatch(/\/dist\/main\.js$/);
      expect(args.join(' ')).not.toContain('tsx');
    }
  });

  it('says which store and which data each agency subgraph serves', () => {
    for (const name of ['police', 'hmpps', 'ncahmrc', 'apmis'])
      expect(system.output()).toMatch(
        new RegExp(`${name} +store \\S+${name}\\.sqlite: synthetic data`),
      );
    expect(system.output()).toContain('NODE_ENV=production, SEED_SYNTHETIC on');
  });

  it('answers a picture of NOM-00001 from all four agency subgraphs through the compiled gateway', async () => {
    const token = await system.token('police-analyst');
    const { status, body } = await postGraphQL(
      system.gatewayUrl,
      '{ nominal(id: "NOM-00001") { id apmis { name region } custody { establishment } police { identity { pncId } } hmrc { taxReference } } }',
      {
        token,
        purpose: 'INTELLIGENCE_DEVELOPMENT',
        justification: 'Checking that the compiled build answers',
      },
    );
    expect(status).toBe(200);
    expect(body.data).toMatchObject({
      nominal: {
        id: 'NOM-00001',
        apmis: { name: 'MUDLARK, Florian', region: 'NORTH_WEST' },
        custody: { establishment: 'HMP Altcourse' },
        police: { identity: { pncId: expect.any(String) } },
        hmrc: null,
      },
    });
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual([
      'WITHHELD',
    ]);
  });
});
