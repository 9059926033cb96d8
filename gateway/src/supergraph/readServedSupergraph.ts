import { createHash } from 'node:crypto';
import {
  type DocumentNode,
  GraphQLError,
  Kind,
  parse,
  valueFromASTUntyped,
} from 'graphql';
import { type FieldMarking } from '@marsoc/schema';
import { readFieldMarkings } from '../console/readFieldMarkings';
import {
  createMarkingIndex,
  type MarkingIndex,
} from '../profiles/createMarkingIndex';

/**
 * One supergraph as the gateway serves it: its text for @apollo/gateway, and
 * everything the gateway derives from it, so that a reload swaps all of them
 * at once and nothing keeps answering from the previous one.
 */
export interface ServedSupergraph {
  sdl: string;
  /** SHA-256 of the text: the `supergraphVersion` of the gateway's audit records. */
  version: string;
  /** The Subject Profile export's owner, category and classification per field. */
  markingIndex: MarkingIndex;
  /** The console's markings, by `Type.field`. */
  fieldMarkings: Readonly<Record<string, FieldMarking>>;
}

/** Why a supergraph's text was not taken: names what is wrong and where, never quotes the text. */
export class SupergraphRefusedError extends Error {
  override readonly name = 'SupergraphRefusedError';
}

/**
 * Checks a supergraph's text as the gateway checks it at start, and derives
 * what it serves from it: GraphQL that parses; a readable `@marking` on every
 * field that has one (owner, category, classification); and subgraphs only
 * among `knownSubgraphs`, whose URLs the gateway's own settings give (a
 * supergraph never brings the gateway a new place to send callers' contexts).
 * @apollo/gateway then builds it, and refuses what it cannot plan over.
 */
export function readServedSupergraph(
  sdl: string,
  knownSubgraphs: readonly string[],
): ServedSupergraph {
  const document = parseSupergraph(sdl);
  const unknown = listJoinGraphNames(document).filter(
    (name) => !knownSubgraphs.includes(name),
  );
  if (unknown.length > 0)
    throw new SupergraphRefusedError(
      `it routes to subgraphs the gateway has no URL for: ${unknown.join(', ')}`,
    );
  try {
    return describeSupergraph(sdl);
  } catch (error) {
    throw new SupergraphRefusedError(
      error instanceof Error ? error.message : String(error),
    );
  }
}

/**
 * What the gateway derives from a supergraph's text, unchecked beyond what
 * deriving it needs (a marking it cannot read throws, naming the field).
 */
export function describeSupergraph(sdl: string): ServedSupergraph {
  return {
    sdl,
    version: createHash('sha256').update(sdl).digest('hex'),
    markingIndex: createMarkingIndex(sdl),
    fieldMarkings: Object.freeze(readFieldMarkings(sdl)),
  };
}

/** The supergraph served now: a reload replaces what `current` returns. */
export interface SupergraphView {
  current(): ServedSupergraph;
}

/**
 * A route's supergraph: the running gateway's view (startGateway's source),
 * or one fixed text (a test harness's), described once.
 */
export function viewSupergraph(
  supergraph: string | SupergraphView,
): SupergraphView {
  if (typeof supergraph !== 'string') return supergraph;
  const described = describeSupergraph(supergraph);
  return { current: () => described };
}

function parseSupergraph(sdl: string): DocumentNode {
  try {
    return parse(sdl, { noLocation: true });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    // Where, and the kind of error without the token it quotes.
    const where = error.locations?.[0];
    throw new SupergraphRefusedError(
      `it is not GraphQL: ${error.message.replace(/\s*".*$/s, '')}${where ? ` (line ${where.line}, column ${where.column})` : ''}`,
    );
  }
}

/** The `name` of each `@join__graph` on the supergraph's `join__Graph` enum. */
function listJoinGraphNames(document: DocumentNode): string[] {
  const names: string[] = [];
  for (const definition of document.definitions) {
    if (
      definition.kind !== Kind.ENUM_TYPE_DEFINITION ||
      definition.name.value !== 'join__Graph'
    )
      continue;
    for (const value of definition.values ?? [])
      for (const directive of value.directives ?? []) {
        if (directive.name.value !== 'join__graph') continue;
        const name = directive.arguments?.find(
          (argument) => argument.name.value === 'name',
        );
        const read: unknown = name && valueFromASTUntyped(name.value);
        names.push(typeof read === 'string' ? read : value.name.value);
      }
  }
  if (names.length === 0)
    throw new SupergraphRefusedError(
      'it names no subgraph (no join__Graph enum): is it a composed supergraph?',
    );
  return names;
}
