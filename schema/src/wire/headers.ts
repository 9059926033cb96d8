/**
 * The HTTP headers this system defines, in the lower case node:http and fetch
 * use for names. Every sender and reader (gateway, subgraphs, console, tools,
 * tests) takes them from here.
 */

/** The caller's declared purpose, one of the vocabulary's `Purpose` values. */
export const PURPOSE_HEADER = 'x-purpose';
/** Why the caller asks, in free text of at least MIN_JUSTIFICATION_LENGTH characters. */
export const JUSTIFICATION_HEADER = 'x-justification';
/** The gateway's id for one request: on its answer and on each subgraph fetch it makes. */
export const REQUEST_ID_HEADER = 'x-request-id';
/** The signed caller context the gateway sends a subgraph with each fetch. */
export const CALLER_CONTEXT_HEADER = 'x-caller-context';

/** A header's name as people write it in messages and documents: `X-Purpose`. */
export function displayHeaderName(name: string): string {
  return name.replace(
    /(^|-)([a-z])/g,
    (_, dash: string, letter: string) => `${dash}${letter.toUpperCase()}`,
  );
}
