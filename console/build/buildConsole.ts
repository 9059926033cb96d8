import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { CONSOLE_OUTPUT_DIRECTORY, CONSOLE_ROOT } from './paths';

export interface BuildConsoleOptions {
  /** Where to write the bundle; the gateway's default folder when omitted. */
  outputDirectory?: string;
}

export interface BuiltConsole {
  outputDirectory: string;
  files: string[];
}

/**
 * Bundles the console from source with esbuild: one script (Preact and
 * cytoscape inside, nothing fetched from elsewhere), one stylesheet and the
 * page. The page loads only these files, so it runs under a Content-Security-
 * Policy of 'self' with no inline script or style.
 */
export async function buildConsole(
  options: BuildConsoleOptions = {},
): Promise<BuiltConsole> {
  const outputDirectory = options.outputDirectory ?? CONSOLE_OUTPUT_DIRECTORY;
  await rm(outputDirectory, { recursive: true, force: true });
  await mkdir(outputDirectory, { recursive: true });
  await build({
    entryPoints: [join(CONSOLE_ROOT, 'src', 'main.tsx')],
    outfile: join(outputDirectory, 'console.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  for (const file of await readdir(join(CONSOLE_ROOT, 'static'))) {
    await copyFile(
      join(CONSOLE_ROOT, 'static', file),
      join(outputDirectory, file),
    );
  }
  return {
    outputDirectory,
    files: (await readdir(outputDirectory)).sort(),
  };
}
