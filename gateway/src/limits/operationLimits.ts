import { type ASTVisitor, type ValidationContext } from 'graphql';
import { createArmorRules } from './createArmorRules';
import { createFieldCountRule } from './createFieldCountRule';
import { createRepeatedFieldRule } from './createRepeatedFieldRule';

/**
 * What one operation may cost the gateway, all measured after fragments are
 * expanded. Each leaves room for everything the README, the tests, the bench
 * and a 100-nominal cohort picture ask, and sits far below what an aliasing,
 * fragment or nesting attack needs.
 */
export interface OperationLimits {
  maxTokens: number;
  maxDepth: number;
  maxAssociateHops: number;
  maxFields: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
}

export const OPERATION_LIMITS: Readonly<OperationLimits> = {
  /**
   * Lexical tokens in the document, enforced by the parser itself before it
   * builds anything. graphql-js parses recursively: about 1,500 nested lists
   * exhaust Node's stack, so this must stay well under twice that.
   */
  maxTokens: 1000,
  /** Deep enough for a full subject profile with associates two steps out. */
  maxDepth: 12,
  /** Associates of associates, and no further (issue: "limited in depth"). */
  maxAssociateHops: 2,
  /** Enough for a 100-nominal cohort picture; far below an aliasing attack. */
  maxFields: 2000,
  /**
   * graphql-armor's depth-weighted cost. The widest generated no-leak
   * operations cost under 3,000 and the bench's picture 166; 2,000 fields
   * six levels down cost over 20,000.
   */
  maxCost: 20000,
  /** The no-leak suite's whole picture, aliased at random, uses about 65. */
  maxAliases: 100,
  /** Only @include and @skip exist; nothing legitimate needs more than a few. */
  maxDirectives: 50,
};

/** The validation rules that enforce OPERATION_LIMITS after parsing. */
export function createOperationLimitRules(
  limits: Readonly<OperationLimits> = OPERATION_LIMITS,
): ((context: ValidationContext) => ASTVisitor)[] {
  return [
    ...createArmorRules(limits),
    createFieldCountRule(limits.maxFields),
    createRepeatedFieldRule('associates', limits.maxAssociateHops),
  ];
}
