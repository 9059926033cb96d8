import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The spec URL the subgraphs link `@marking` from; composition keys on it. */
export const MARKING_SPEC_URL = 'https://marsoc.example.gov.uk/marking/v1.0';

/** The `@marking` directive definition, shared verbatim by every subgraph. */
export const MARKING_DIRECTIVE_SDL = readFileSync(
  join(__dirname, '..', 'marking.graphql'),
  'utf8',
);

/**
 * The schema-level links every subgraph SDL begins with: Federation 2 and our
 * marking spec, composed into the supergraph with @composeDirective.
 */
export const SUBGRAPH_LINKS_SDL = `
extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@shareable", "@external", "@composeDirective"])
  @link(url: "${MARKING_SPEC_URL}", import: ["@marking"])
  @composeDirective(name: "@marking")
`;

/** A subgraph's own SDL with the shared links and `@marking` definition prepended. */
export function assembleSubgraphSdl(ownSdl: string): string {
  return `${SUBGRAPH_LINKS_SDL}\n${MARKING_DIRECTIVE_SDL}\n${ownSdl}`;
}
