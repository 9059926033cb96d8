import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { PROJECT_ROOT } from '@marsoc/platform';
import ts from 'typescript';
import { type ServiceRuntime } from '../options/readBenchOptions';

/** The export condition under which every workspace names its compiled dist/ (npm run build). */
const COMPILED_CONDITION = '--conditions=marsoc-dist';

/**
 * How node runs a service given by its TypeScript entry (relative to the
 * project): compiled, `<package>/src/<path>.ts` becomes `<package>/dist/<path>.js`
 * run with the marsoc-dist condition, so every workspace it imports is the
 * compiled one too; through tsx, the source as `npm start` runs it.
 */
export function toNodeArguments(
  runtime: ServiceRuntime,
  entry: string,
): string[] {
  if (runtime === 'tsx') return ['--import', 'tsx', join(PROJECT_ROOT, entry)];
  const compiled = entry.replace(/(^|\/)src\/(.*)\.ts$/, '$1dist/$2.js');
  if (compiled === entry)
    throw new Error(`${entry} is not a TypeScript entry under a src/ folder`);
  return [COMPILED_CONDITION, join(PROJECT_ROOT, compiled)];
}

/**
 * Compiled: runs `npm run build` (incremental, so quick when nothing changed)
 * and transpiles the bench's own entries (the comparison gateways, the
 * audit-off services) into bench/dist, so that no measured process runs
 * through tsx. Returns how long it took, in seconds.
 */
export function prepareRuntime(
  runtime: ServiceRuntime,
  logFile: string,
): number {
  if (runtime === 'tsx') return 0;
  const started = Date.now();
  const build = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(PROJECT_ROOT, 'scripts', 'build.ts')],
    { cwd: PROJECT_ROOT, encoding: 'utf8' },
  );
  writeFileSync(logFile, `${build.stdout}${build.stderr}`);
  if (build.status !== 0)
    throw new Error(
      `npm run build failed (its output: ${logFile}); fix the build, or measure the sources with --tsx`,
    );
  transpileBench();
  return (Date.now() - started) / 1000;
}

/** bench/src/**.ts to bench/dist/**.js (CommonJS), tests left out; type checking is tsc's job. */
function transpileBench(): void {
  const source = join(PROJECT_ROOT, 'bench', 'src');
  const target = join(PROJECT_ROOT, 'bench', 'dist');
  rmSync(target, { recursive: true, force: true });
  for (const file of listTypeScript(source)) {
    const output = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
      },
      fileName: file,
    });
    const out = join(target, relative(source, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, output.outputText);
  }
}

function listTypeScript(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory())
      return entry.name === '__tests__' ? [] : listTypeScript(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}
