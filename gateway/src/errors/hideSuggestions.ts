import { type GraphQLFormattedError } from 'graphql';

// graphql-js's didYouMean: ` Did you mean "a", "b", or "c"?`, `... the enum value "X"?`,
// and "Did you mean to use an inline fragment on ...?". Names never contain "?".
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Removes graphql-js's "Did you mean ...?" suggestions from an error message.
 * With introspection off in production they would hand the schema out one
 * misspelt field, argument, type or enum value at a time.
 */
export function hideSuggestions(
  formatted: GraphQLFormattedError,
): GraphQLFormattedError {
  if (!formatted.message.includes('Did you mean')) return formatted;
  return { ...formatted, message: formatted.message.replace(SUGGESTION, '') };
}
