/**
 * `npm run build`: compiles every workspace that runs in production into its
 * own dist/ (tsc -b over tsconfig.build.json's project references, so each is
 * built after what it imports), copies the files the code reads beside itself
 * at run time (personas.yaml), and bundles the console. Says how long each
 * step took. The compiled code runs with node --conditions=marsoc-dist.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { buildConsole } from '@marsoc/console';
import { PROJECT_ROOT } from '@marsoc/platform';

/** The packages compiled from src/ to dist/: their src/ may hold files the code reads. */
const SOURCE_PACKAGES = [
  'schema',
  'platform',
  'gateway',
  ...['police', 'hmpps', 'ncahmrc', 'apmis', 'audit'].map(
    (name) => `subgraphs/${name}`,
  ),
];
const COMPILED = new Set(['.ts', '.tsx']);
const NOT_SHIPPED = new Set(['__tests__', 'README.md']);

async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await run();
  process.stdout.write(
    `${name}: ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return result;
}

function compile(): void {
  const run = spawnSync(
    process.execPath,
    [
      require.resolve('typescript/bin/tsc'),
      '-b',
      join(PROJECT_ROOT, 'tsconfig.build.json'),
    ],
    { cwd: PROJECT_ROOT, stdio: 'inherit' },
  );
  if (run.status !== 0) throw new Error('tsc -b tsconfig.build.json failed');
}

/** Every file under `directory` that is not TypeScript and not a test, relative to it. */
function listAssets(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory())
      return NOT_SHIPPED.has(entry.name)
        ? []
        : listAssets(join(directory, entry.name)).map((file) =>
            join(entry.name, file),
          );
    return COMPILED.has(extname(entry.name)) || NOT_SHIPPED.has(entry.name)
      ? []
      : [entry.name];
  });
}

function copyAssets(): string[] {
  return SOURCE_PACKAGES.flatMap((folder) => {
    const source = join(PROJECT_ROOT, folder, 'src');
    return listAssets(source).map((file) => {
      const target = join(PROJECT_ROOT, folder, 'dist', file);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(join(source, file), target);
      return relative(PROJECT_ROOT, target);
    });
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  await step('compiled every workspace (tsc -b)', compile);
  const copied = await step('copied run-time files', copyAssets);
  process.stdout.write(`  ${copied.join('\n  ')}\n`);
  await step("bundled the analysts' console", () => buildConsole());
  process.stdout.write(
    `build done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `build failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
