import { copyFile, mkdir, readdir, rename, rm } from 'node:fs/promises';
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
  // Built beside the target and swapped in at the end, so a gateway starting
  // meanwhile finds the previous bundle or the new one, never half of either.
  const staging = `${outputDirectory}.building-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await build({
    entryPoints: [join(CONSOLE_ROOT, 'src', 'main.tsx')],
    outfile: join(staging, 'console.js'),
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
    await copyFile(join(CONSOLE_ROOT, 'static', file), join(staging, file));
  }
  await rm(outputDirectory, { recursive: true, force: true });
  await rename(staging, outputDirectory);
  return {
    outputDirectory,
    files: (await readdir(outputDirectory)).sort(),
  };
}
