import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type ASTVisitor,
  type GraphQLError,
  type ValidationContext,
} from 'graphql';
import { limitExceeded } from './limitExceeded';

export interface ArmorLimits {
  /** Deepest path of fields, fragments followed and not counted as a level. */
  maxDepth: number;
  /**
   * graphql-armor's cost: an object field 2, a scalar 1, each level below
   * weighing 1.5 times the one above; fragments cost what they would written out.
   */
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
}

/**
 * graphql-armor's cost, depth, alias and directive limits as validation rules.
 * Each remembers what it found per fragment, so it costs time linear in the
 * document even for fragments that spread each other twice (the unit tests
 * count their fragment look-ups). By default armor throws from the rule, which
 * graphql-js lets escape `validate` and Apollo Server answers 500; here each
 * rejection is reported as a LIMIT_EXCEEDED validation error instead (400).
 */
export function createArmorRules(
  limits: ArmorLimits,
): ((context: ValidationContext) => ASTVisitor)[] {
  const reject = {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(
          limitExceeded(
            `The operation is refused: ${error.message.replace(/^Syntax Error: /, '')}`,
          ),
        ),
    ],
  };
  const rules = [
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ...reject }),
    costLimitRule({
      maxCost: limits.maxCost,
      flattenFragments: true,
      ...reject,
    }),
    maxAliasesRule({ n: limits.maxAliases, ...reject }),
    maxDirectivesRule({ n: limits.maxDirectives, ...reject }),
  ];
  // Armor's visitors only declare `OperationDefinition`; they are ASTVisitors.
  return rules as unknown as ((context: ValidationContext) => ASTVisitor)[];
}
