/**
 * Composes schema/supergraph.graphql from the four subgraph SDLs with
 * @apollo/composition. `--check` composes in memory and fails if the committed
 * file differs, so a schema change cannot land without its supergraph. Both
 * first load the register, so a register the services would refuse fails too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { assembleSubgraphSdl } from '../src/markingDirective';
import { loadRegister } from '../src/register/loadRegister';
import { SUBGRAPHS } from '../src/subgraphNames';

const root = join(__dirname, '..', '..');
const supergraphPath = join(root, 'schema', 'supergraph.graphql');

function composeSupergraph(): string {
  const services = SUBGRAPHS.map(({ name, defaultPort }) => ({
    name,
    url: `http://127.0.0.1:${defaultPort}/graphql`,
    typeDefs: parse(
      assembleSubgraphSdl(
        readFileSync(join(root, 'subgraphs', name, 'schema.graphql'), 'utf8'),
      ),
    ),
  }));
  const result = composeServices(services);
  if (result.errors) {
    const messages = result.errors
      .map((error) => `  ${error.message}`)
      .join('\n');
    throw new Error(`Composition failed:\n${messages}`);
  }
  return `${result.supergraphSdl.trimEnd()}\n`;
}

function main(): void {
  // The register is the other half of the contract: one that does not load
  // (disclosureRequests.yaml included) fails here as a stale supergraph does.
  loadRegister();
  const composed = composeSupergraph();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(supergraphPath, 'utf8');
    } catch {
      // A missing file is stale by definition.
    }
    if (committed !== composed) {
      console.error(
        'schema/supergraph.graphql is stale: run `npm run compose` and commit it.',
      );
      process.exit(1);
    }
    console.log('schema/supergraph.graphql is up to date.');
    return;
  }
  writeFileSync(supergraphPath, composed);
  console.log(`Wrote ${supergraphPath}`);
}

main();
