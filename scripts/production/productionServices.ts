import { join } from 'node:path';
import { type Environment, readChoice } from '@marsoc/platform';
import { SUBGRAPHS } from '@marsoc/schema';

/** The services a production process can run: SERVICE chooses one, or `all`. */
export const PRODUCTION_SERVICES = [
  'gateway',
  ...SUBGRAPHS.map(({ name }) => name),
] as const;

export type ProductionService = (typeof PRODUCTION_SERVICES)[number];

/** The compiled entry of a service, under `root` (the project, or the image's /app). */
export function findCompiledEntry(root: string, name: string): string {
  return name === 'gateway'
    ? join(root, 'gateway', 'dist', 'main.js')
    : join(root, 'subgraphs', name, 'dist', 'main.js');
}

/** SERVICE: the one service to run or check, or `all` (the default). */
export function readServiceChoice(env: Environment): ProductionService | 'all' {
  return readChoice(env, 'SERVICE', ['all', ...PRODUCTION_SERVICES], 'all');
}
