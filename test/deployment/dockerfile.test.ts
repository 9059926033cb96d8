import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { SUBGRAPHS } from '@marsoc/schema';
import { COMPILED_CONDITION_FLAG } from '../../scripts/production/compiledCondition';
import {
  type DockerStage,
  isDockerIgnored,
  readCopy,
  readDockerfile,
} from './readDockerfile';

// The Dockerfile read as a document (no Docker engine here): what each stage
// does, and that every path the runtime copies is one `npm run build` makes
// (the outDir of a project tsconfig.build.json compiles) or one the
// repository holds and the build context keeps.
const ROOT = join(__dirname, '..', '..');
const dockerfile = readDockerfile(
  readFileSync(join(ROOT, 'Dockerfile'), 'utf8'),
);
const dockerignore = readFileSync(join(ROOT, '.dockerignore'), 'utf8');
const WORKSPACES = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    workspaces: string[];
  }
).workspaces;

function stage(name: string): DockerStage {
  const found = dockerfile.stages.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no stage ${name}`);
  return found;
}

function runs(of: DockerStage): string[] {
  return of.instructions
    .filter(({ keyword }) => keyword === 'RUN')
    .map(({ text }) => text.replace(/\s+/g, ' '));
}

/** Each folder `npm run build` compiles (tsc -b tsconfig.build.json), with its outDir. */
function listCompiledProjects(): { folder: string; outDir: string }[] {
  const seen = new Map<string, string>();
  const visit = (config: string): void => {
    const read = JSON.parse(readFileSync(join(ROOT, config), 'utf8')) as {
      compilerOptions?: { outDir?: string };
      references?: { path: string }[];
    };
    const folder = dirname(config);
    if (read.compilerOptions?.outDir)
      seen.set(folder, normalize(join(folder, read.compilerOptions.outDir)));
    for (const { path } of read.references ?? []) {
      const next = normalize(join(folder, path));
      if (!seen.has(dirname(next))) visit(next);
    }
  };
  visit('tsconfig.build.json');
  return [...seen].map(([folder, outDir]) => ({ folder, outDir }));
}

/** The workspaces whose code runs in production: those `npm run build` compiles. */
const PRODUCTION_WORKSPACES = WORKSPACES.filter((workspace) =>
  listCompiledProjects().some(({ folder }) => folder === workspace),
);

describe('the Dockerfile (read as a document: no Docker engine here)', () => {
  it('builds in stages: manifests, a build, production dependencies, and a runtime last', () => {
    expect(dockerfile.stages.map(({ name }) => name)).toEqual([
      'manifests',
      'build',
      'production-dependencies',
      'runtime',
    ]);
    expect(stage('build').base).toBe('manifests');
    expect(stage('production-dependencies').base).toBe('manifests');
    // The runtime starts from the plain base image: no toolchain, no dev install.
    expect(stage('runtime').base).toBe(stage('manifests').base);
  });

  it('gives npm ci every workspace manifest and the lock file', () => {
    const copied = stage('manifests')
      .instructions.filter(({ keyword }) => keyword === 'COPY')
      .flatMap((copy) => readCopy(copy).sources);
    expect(copied).toEqual(
      expect.arrayContaining([
        'package.json',
        'package-lock.json',
        ...WORKSPACES.map((workspace) => `${workspace}/package.json`),
      ]),
    );
  });

  it('compiles with the full install, and installs for production without dev dependencies, test or bench', () => {
    expect(runs(stage('build'))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^npm ci\b/),
        'npm run build',
      ]),
    );
    const [install, ...rest] = runs(stage('production-dependencies'));
    expect(rest).toEqual([]);
    expect(install).toMatch(/^npm ci --omit=dev\b/);
    const chosen = [...(install ?? '').matchAll(/-w (\S+)/g)].map(
      (match) => match[1],
    );
    expect(chosen.sort()).toEqual([...PRODUCTION_WORKSPACES].sort());
    expect(chosen).not.toContain('test');
    expect(chosen).not.toContain('bench');
  });

  it('runs no npm, and copies no node_modules but the production ones, in the runtime', () => {
    const runtime = stage('runtime');
    expect(runs(runtime).filter((run) => /\bnpm\b/.test(run))).toEqual([]);
    const copies = runtime.instructions
      .filter(({ keyword }) => keyword === 'COPY')
      .map(readCopy);
    expect(copies.every(({ from }) => from !== undefined)).toBe(true);
    expect(
      copies.filter(
        ({ from, sources }) =>
          from !== 'production-dependencies' &&
          sources.some((source) => source.includes('node_modules')),
      ),
    ).toEqual([]);
    expect(copies).toContainEqual({
      from: 'production-dependencies',
      sources: ['/app'],
      destination: './',
    });
  });

  it('copies from the build only what npm run build makes or the repository holds', () => {
    const compiled = listCompiledProjects().map(({ outDir }) => outDir);
    const sources = stage('runtime')
      .instructions.filter(({ keyword }) => keyword === 'COPY')
      .map(readCopy)
      .filter(({ from }) => from === 'build')
      .flatMap(({ sources: paths }) =>
        paths.map((path) => path.replace(/^\/app\//, '')),
      );
    for (const source of sources) {
      const made = compiled.includes(source);
      const held =
        existsSync(join(ROOT, source)) &&
        !isDockerIgnored(source, dockerignore);
      expect({ source, found: made || held }).toEqual({ source, found: true });
    }
    // Every compiled project's output reaches the runtime, and the files read beside it.
    expect(sources).toEqual(expect.arrayContaining(compiled));
    expect(sources).toEqual(
      expect.arrayContaining([
        'schema/register',
        'schema/marking.graphql',
        'schema/supergraph.graphql',
        ...SUBGRAPHS.map(({ name }) => `subgraphs/${name}/schema.graphql`),
      ]),
    );
  });

  it('runs the compiled code in production, as a user of its own that owns /data', () => {
    const runtime = stage('runtime');
    const env = runtime.instructions
      .filter(({ keyword }) => keyword === 'ENV')
      .map(({ text }) => text)
      .join(' ');
    expect(env).toContain(`NODE_OPTIONS=${COMPILED_CONDITION_FLAG}`);
    expect(env).toContain('NODE_ENV=production');
    expect(env).toContain('DATA_DIR=/data');
    const users = runtime.instructions.filter(
      ({ keyword }) => keyword === 'USER',
    );
    expect(users).toHaveLength(1);
    const user = users[0]?.text ?? '';
    expect(['root', '0', '']).not.toContain(user.split(':')[0]);
    const setup = runs(runtime).join(' && ');
    expect(setup).toMatch(new RegExp(`useradd [^&]*\\b${user}\\b`));
    expect(setup).toContain(`chown ${user}:${user} /data`);
    // USER comes after the setup that needs root, before anything runs as it.
    const keywords = runtime.instructions.map(({ keyword }) => keyword);
    expect(keywords.lastIndexOf('RUN')).toBeLessThan(keywords.indexOf('USER'));
    expect(keywords.indexOf('USER')).toBeLessThan(keywords.indexOf('CMD'));
  });

  it('checks health and starts with the compiled scripts the build makes', () => {
    const runtime = stage('runtime');
    const healthcheck = runtime.instructions.find(
      ({ keyword }) => keyword === 'HEALTHCHECK',
    );
    expect(healthcheck?.text).toMatch(
      /CMD \["node", "scripts\/dist\/healthcheck\.js"\]$/,
    );
    const command = runtime.instructions.find(
      ({ keyword }) => keyword === 'CMD',
    );
    expect(command?.text).toBe('["node", "scripts/dist/startProduction.js"]');
    // scripts/tsconfig.build.json compiles both into scripts/dist.
    const scripts = JSON.parse(
      readFileSync(join(ROOT, 'scripts', 'tsconfig.build.json'), 'utf8'),
    ) as { include: string[]; compilerOptions: { outDir: string } };
    expect(scripts.compilerOptions.outDir).toBe('dist');
    expect(scripts.include).toEqual(
      expect.arrayContaining(['healthcheck.ts', 'startProduction.ts']),
    );
  });

  it('keeps keys, stores, installed packages and old builds out of the build context, and every copied manifest in', () => {
    for (const path of [
      '.data/keys/caller-context.key',
      '.git/config',
      'node_modules/jest/package.json',
      'platform/node_modules/x/index.js',
      'gateway/dist/main.js',
      'test/e2e/startSystem.ts',
      'bench/src/run.ts',
    ])
      expect({ path, ignored: isDockerIgnored(path, dockerignore) }).toEqual({
        path,
        ignored: true,
      });
    for (const path of [
      'package.json',
      'tsconfig.build.json',
      'gateway/src/main.ts',
      'scripts/build.ts',
      ...WORKSPACES.map((workspace) => `${workspace}/package.json`),
    ])
      expect({ path, ignored: isDockerIgnored(path, dockerignore) }).toEqual({
        path,
        ignored: false,
      });
  });
});
