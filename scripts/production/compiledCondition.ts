/**
 * The export condition under which every workspace's exports map names its
 * compiled JavaScript (dist/); without it the same map names the TypeScript
 * sources, which only tsx (development, tests) can run. Production runs node
 * with `--conditions=marsoc-dist` (npm run start:prod, the image's NODE_OPTIONS).
 */
export const COMPILED_CONDITION = 'marsoc-dist';

/** The node option that selects the compiled code. */
export const COMPILED_CONDITION_FLAG = `--conditions=${COMPILED_CONDITION}`;

/**
 * Stops, with the command that works, a compiled script started without the
 * condition: it would otherwise die on the first TypeScript file it loads,
 * with an error that names neither. Imported first, before any workspace.
 */
export function assertCompiledCondition(): void {
  const options = [
    ...process.execArgv,
    ...(process.env.NODE_OPTIONS ?? '').split(/\s+/),
  ];
  if (options.includes(COMPILED_CONDITION_FLAG)) return;
  process.stderr.write(
    `run the compiled code with node ${COMPILED_CONDITION_FLAG} (npm run start:prod does; the image sets NODE_OPTIONS)\n`,
  );
  process.exit(1);
}
