import { type GraphQLErrorView } from '../api/types';

/**
 * Whether the answer withheld what is at `path` (or something inside it):
 * an error names the path. A null the gateway withheld is not an empty value,
 * and must not be shown as one.
 */
export function isWithheldAt(
  errors: readonly GraphQLErrorView[] | undefined,
  path: readonly (string | number)[],
): boolean {
  return (errors ?? []).some(
    (error) =>
      error.path !== undefined &&
      path.every((step, index) => error.path?.[index] === step),
  );
}
