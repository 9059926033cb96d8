import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUBGRAPHS, type SubgraphName } from '@marsoc/schema';

const ROOT = join(__dirname, '..', '..');

/**
 * The subgraphs whose service hands DATABASE_URL to its store (the platform
 * reads the setting; each service decides: docs/postgres-store.md), read from
 * their code, so a subgraph that moves joins the tests that need it by itself.
 */
export function findSubgraphsOnDatabase(): SubgraphName[] {
  return SUBGRAPHS.map(({ name }) => name).filter((name) =>
    readFileSync(
      join(ROOT, 'subgraphs', name, 'src', `${name}Service.ts`),
      'utf8',
    ).includes('readDatabaseUrl('),
  );
}
