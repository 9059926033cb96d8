import { type GraphQLError } from 'graphql';
import { createCodedError, ErrorCode } from '@marsoc/platform';

const HEADING = 'Cohort change refused; nothing was written.';

/**
 * The problems found with one requested cohort change, by kind. A caller
 * problem outranks the rest (FORBIDDEN, and only caller problems are listed, so
 * a caller who may not act learns nothing about the record), then bad input
 * (BAD_USER_INPUT, every problem listed), then a transition the lifecycle does
 * not allow (INVALID_TRANSITION).
 */
export class CohortProblems {
  private readonly caller: string[] = [];
  private readonly input: string[] = [];
  private readonly state: string[] = [];

  constructor(
    inputProblems: readonly string[] = [],
    private readonly heading = HEADING,
  ) {
    this.input.push(...inputProblems);
  }

  addCaller(...problems: (string | null)[]): void {
    this.caller.push(...problems.filter(isProblem));
  }

  addInput(...problems: (string | null)[]): void {
    this.input.push(...problems.filter(isProblem));
  }

  addState(...problems: (string | null)[]): void {
    this.state.push(...problems.filter(isProblem));
  }

  /** Throws for caller or input problems; state is judged once the input is sound. */
  throwIfCallerOrInput(): void {
    if (this.caller.length > 0)
      throw refuse(ErrorCode.FORBIDDEN, this.caller, this.heading);
    if (this.input.length > 0)
      throw refuse(ErrorCode.BAD_USER_INPUT, this.input, this.heading);
  }

  throwIfAny(): void {
    this.throwIfCallerOrInput();
    if (this.state.length > 0)
      throw refuse(ErrorCode.INVALID_TRANSITION, this.state, this.heading);
  }
}

function isProblem(problem: string | null): problem is string {
  return problem !== null;
}

function refuse(
  code: ErrorCode,
  problems: readonly string[],
  heading: string,
): GraphQLError {
  // Each problem on its own as well, for clients that show them as a list.
  return createCodedError(code, [heading, ...problems].join(' '), {
    extensions: { problems: [...problems] },
  });
}
