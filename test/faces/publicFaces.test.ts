import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  listPublicFaces,
  listWorkspacePackages,
  ROOT,
} from './listPublicFaces';

const SCRIPT_BACKSTOP_MS = 300_000;

/** Runs one of this folder's scripts in its own process, as a package would be run. */
function runScript(script: string, ...args: string[]) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', join(__dirname, script), ...args],
    // A backstop only: a loaded machine takes minutes to load every face.
    { cwd: ROOT, encoding: 'utf8', timeout: SCRIPT_BACKSTOP_MS },
  );
}

describe('the packages meet only through their public faces', () => {
  it('gives every workspace package an exports map and no main, each subpath naming a file that exists', () => {
    const packages = listWorkspacePackages();
    expect(packages.length).toBeGreaterThan(10);
    for (const { name, ...declared } of packages) {
      expect({ name, main: declared.main }).toEqual({ name, main: undefined });
      expect({ name, exports: typeof declared.exports }).toEqual({
        name,
        exports: 'object',
      });
    }
    for (const { specifier, target } of listPublicFaces())
      expect({ specifier, exists: existsSync(target) }).toEqual({
        specifier,
        exists: true,
      });
  });

  it(
    'starts nothing when every public face of every package is imported: the importing process ends by itself',
    () => {
      const run = runScript('importEveryPublicFace.ts');
      // A face that listened, or kept a timer or a connection, would hold the process past the timeout.
      expect(run.error).toBeUndefined();
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout.trim().split('\n')).toEqual(
        listPublicFaces().map(({ specifier }) => specifier),
      );
    },
    SCRIPT_BACKSTOP_MS + 30_000,
  );

  it(
    "refuses in lint, from every layer and the audit subgraph too, another package's src/ and relative paths into it, and allows public faces",
    () => {
      const deep = ['no-restricted-imports'];
      const relative = ['marsoc/no-relative-import-across-packages'];
      const cases: { file: string; specifier: string; refusedBy: string[] }[] =
        [
          {
            file: 'subgraphs/audit/src/config.ts',
            specifier: '@marsoc/platform/src/config',
            refusedBy: deep,
          },
          {
            file: 'subgraphs/audit/src/config.ts',
            specifier: '../../police/src/definition',
            refusedBy: relative,
          },
          {
            file: 'subgraphs/audit/src/config.ts',
            specifier: '@marsoc/subgraph-police',
            refusedBy: deep,
          },
          {
            file: 'subgraphs/police/src/definition.ts',
            specifier: '@marsoc/subgraphs',
            refusedBy: deep,
          },
          {
            file: 'schema/src/caller.ts',
            specifier: '@marsoc/platform',
            refusedBy: deep,
          },
          {
            file: 'platform/src/index.ts',
            specifier: '../../schema/src/register',
            refusedBy: relative,
          },
          {
            file: 'gateway/src/startGateway.ts',
            specifier: '@marsoc/subgraphs',
            refusedBy: deep,
          },
          {
            file: 'subgraphs/subgraphServices.ts',
            specifier: './police/src/definition',
            refusedBy: relative,
          },
          {
            file: 'test/grants.test.ts',
            specifier: '@marsoc/gateway/src/createGatewayServer',
            refusedBy: deep,
          },
          {
            file: 'bench/src/run.ts',
            specifier: '../../gateway/src/createGatewayServer',
            refusedBy: relative,
          },
          {
            file: 'scripts/start.ts',
            specifier: '../platform/src/config',
            refusedBy: relative,
          },
          {
            file: 'subgraphs/audit/src/config.ts',
            specifier: '@marsoc/platform',
            refusedBy: [],
          },
          {
            file: 'subgraphs/audit/src/config.ts',
            specifier: './repository/openAuditLogRepository',
            refusedBy: [],
          },
          {
            file: 'test/grants.test.ts',
            specifier: '@marsoc/schema/register',
            refusedBy: [],
          },
        ];
      const run = runScript(
        'lintImport.ts',
        JSON.stringify(
          cases.map(({ file, specifier }) => ({ file, specifier })),
        ),
      );
      expect(run.stderr).toBe('');
      const refusals = JSON.parse(run.stdout) as string[][];
      expect(
        cases.map(({ file, specifier }, index) => ({
          file,
          specifier,
          refusedBy: refusals[index],
        })),
      ).toEqual(cases);
    },
    SCRIPT_BACKSTOP_MS + 30_000,
  );
});
