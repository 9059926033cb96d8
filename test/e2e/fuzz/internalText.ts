import { CALLER_CONTEXT_HEADER } from '@marsoc/schema/wire';

/**
 * Text that tells a caller about the server's insides rather than about their
 * own request. Each entry says why it is internal. Deliberately not listed:
 * graphql-js's "Syntax Error: Unexpected ..." (it describes the caller's own
 * document, at the caller's own line and column) and "Did you mean" (the
 * started system runs outside production, where the schema is public through
 * introspection anyway; production suppression is tested with the limits).
 */
export const INTERNAL_TEXT: readonly {
  pattern: RegExp;
  why: string;
  /** A subgraph may name its own header to a caller who talks to it directly. */
  gatewayOnly?: boolean;
}[] = [
  { pattern: /^\s*at .+[:(]/m, why: 'a stack frame' },
  { pattern: /"stacktrace"/, why: "Apollo's stack trace extension" },
  { pattern: /node_modules/, why: 'a dependency path' },
  { pattern: /\/(work|tmp|home|usr|opt|root)\//, why: 'a file system path' },
  { pattern: /file:\/\//, why: 'a module URL' },
  { pattern: /\.(ts|js|mjs|cjs):\d+/, why: 'a source position' },
  { pattern: /Maximum call stack/i, why: 'a stack overflow' },
  {
    pattern: /\b(TypeError|ReferenceError|RangeError|SyntaxError|EvalError)\b/,
    why: 'a JavaScript exception class',
  },
  { pattern: /Cannot read propert/, why: 'a null dereference' },
  {
    pattern: /is not a function|is not iterable|of undefined|of null/,
    why: 'a runtime fault',
  },
  {
    pattern: /Unexpected token|JSON at position|Unexpected end of JSON input/,
    why: "V8's JSON.parse message: the gateway answers bad JSON in its own words, so this means an unmapped path",
  },
  {
    pattern: /\bE(CONNREFUSED|CONNRESET|PIPE|TIMEDOUT)\b|socket hang up/,
    why: 'a network fault between services',
  },
  {
    pattern: /127\.0\.0\.1:\d+|localhost:\d+/,
    why: "a service's internal address",
  },
  { pattern: /SQLITE_|better-sqlite3|sqlite/i, why: 'a store fault' },
  {
    pattern: new RegExp(`\\b${CALLER_CONTEXT_HEADER}\\b`, 'i'),
    why: "the gateway's internal header",
    gatewayOnly: true,
  },
  {
    pattern: /heap out of memory|allocation failed/i,
    why: 'memory exhaustion',
  },
];

/**
 * The first internal text found in a response, or undefined. Text the caller
 * sent (`sent`) and the answer merely echoes is the caller's own, not a leak.
 */
export function findInternalText(
  text: string,
  sent: string,
  fromGateway: boolean,
): { match: string; why: string } | undefined {
  for (const { pattern, why, gatewayOnly } of INTERNAL_TEXT) {
    if (gatewayOnly && !fromGateway) continue;
    const found = pattern.exec(text);
    if (found && !sent.includes(found[0])) return { match: found[0], why };
  }
  return undefined;
}
