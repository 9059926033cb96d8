import { type ASTVisitor, GraphQLError, type ValidationContext } from 'graphql';

/**
 * Refuses operations that select more than `maxFields` fields in all (aliases
 * included), so one request cannot fan a consultation out over thousands of
 * aliased nominals (standards-and-security.md §2.4: alias and batching abuse).
 */
export function createFieldCountRule(maxFields: number) {
  return (context: ValidationContext): ASTVisitor => {
    let count = 0;
    let reported = false;
    return {
      Field() {
        count += 1;
        if (count > maxFields && !reported) {
          reported = true;
          context.reportError(
            new GraphQLError(
              `The operation selects more than ${maxFields} fields; ask in smaller parts.`,
              {
                extensions: { code: 'LIMIT_EXCEEDED' },
              },
            ),
          );
        }
      },
    };
  };
}
