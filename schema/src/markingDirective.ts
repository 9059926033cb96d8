import { DISCLOSURE_REQUESTS_SDL } from './sdl/disclosureRequestsSdl';
import { OWNER_DESKS, ownerDeskSdl } from './sdl/ownerDeskSdl';
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

/** SDL kept once and shared by several subgraphs, by the name a `# @shared` line gives. */
const SHARED_SDL: Readonly<Record<string, (argument?: string) => string>> = {
  DISCLOSURE_REQUESTS_SDL: () => DISCLOSURE_REQUESTS_SDL,
  OWNER_DESK_SDL: (owner) => {
    if (owner === undefined)
      throw new Error(
        'OWNER_DESK_SDL needs an owner, e.g. OWNER_DESK_SDL(HMPPS)',
      );
    const desk = OWNER_DESKS[owner];
    if (desk === undefined)
      throw new Error(`OWNER_DESK_SDL names no owner's desk called ${owner}`);
    return ownerDeskSdl(desk);
  },
};

/**
 * `# @shared NAME` or `# @shared NAME(ARGUMENT)` on a line of its own, with
 * any comment after it.
 */
const SHARED_LINE = /^# @shared ([A-Z_]+)(?:\(([A-Z_]+)\))?(?![A-Za-z_(]).*$/gm;

/**
 * A subgraph's own SDL with the shared links and `@marking` definition
 * prepended, and each `# @shared` line replaced by that shared SDL, so no
 * subgraph keeps its own copy of any of them. An unknown name is refused.
 */
export function assembleSubgraphSdl(ownSdl: string): string {
  const expanded = ownSdl.replace(
    SHARED_LINE,
    (_line, name: string, argument: string | undefined) => {
      const shared = SHARED_SDL[name];
      if (shared === undefined)
        throw new Error(`schema.graphql names no shared SDL called ${name}`);
      return shared(argument).trimEnd();
    },
  );
  return `${SUBGRAPH_LINKS_SDL}\n${MARKING_DIRECTIVE_SDL}\n${expanded}`;
}
