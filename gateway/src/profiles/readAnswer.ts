import { type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@marsoc/platform';

/** The caller's answer to createProfileOperation, as Apollo formatted it. */
export interface ProfileAnswer {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
}

/** What an error in the answer says about the field at its path. */
export interface FieldProblem {
  path: readonly (string | number)[];
  code: string;
  owner?: string;
  category?: string;
  reason?: string;
  /** True when the owner lets the caller know it holds data (EXISTENCE). */
  held: boolean;
  route?: string;
}

/** The answer's errors by path ("nominal.police.convictions"), as problems. */
export function readProblems(
  answer: ProfileAnswer,
): ReadonlyMap<string, FieldProblem> {
  const problems = new Map<string, FieldProblem>();
  for (const error of answer.errors ?? []) {
    if (!error.path) continue;
    const extensions = error.extensions ?? {};
    problems.set(error.path.join('.'), {
      path: error.path,
      code: readText(extensions.code) ?? ErrorCode.INTERNAL_SERVER_ERROR,
      owner: readText(extensions.owner),
      category: readText(extensions.category),
      reason: readText(extensions.reason),
      held: extensions.held === true,
      route: readText(extensions.route),
    });
  }
  return problems;
}

/** Errors with no path: the operation as a whole failed (e.g. the audit). */
export function readOperationCodes(answer: ProfileAnswer): string[] {
  return (answer.errors ?? [])
    .filter((error) => !error.path)
    .map(
      (error) =>
        readText(error.extensions?.code) ?? ErrorCode.INTERNAL_SERVER_ERROR,
    );
}

export function readText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
