import { GraphQLError } from 'graphql';
import { createSilentLogger } from '@marsoc/platform';
import { createGatewayErrorFormatter } from '../formatGatewayError';

const log = createSilentLogger();
const format = (production: boolean, error: GraphQLError) =>
  createGatewayErrorFormatter({ production, log })(
    {
      message: error.message,
      extensions: error.extensions,
    },
    error,
  );
const validationFailure = (message: string) =>
  new GraphQLError(message, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
  });

describe('the gateway error formatter', () => {
  it('hides schema suggestions in production and keeps them in development', () => {
    const error = validationFailure(
      'Cannot query field "nominl" on type "Query". Did you mean "nominal" or "nominals"?',
    );
    expect(format(true, error).message).toBe(
      'Cannot query field "nominl" on type "Query".',
    );
    expect(format(false, error).message).toMatch(/Did you mean "nominal"/);
  });

  it('hides enum value and inline fragment suggestions in production', () => {
    expect(
      format(
        true,
        new GraphQLError(
          'Value "INTEL" does not exist in "Purpose" enum. Did you mean the enum value "INTELLIGENCE_DEVELOPMENT"?',
          { extensions: { code: 'BAD_USER_INPUT' } },
        ),
      ).message,
    ).toBe('Value "INTEL" does not exist in "Purpose" enum.');
    expect(
      format(
        true,
        validationFailure(
          'Cannot query field "hmrc" on type "Subject". Did you mean to use an inline fragment on "Nominal"?',
        ),
      ).message,
    ).toBe('Cannot query field "hmrc" on type "Subject".');
  });

  it('masks a parser failure that is not a syntax error', () => {
    const formatted = format(
      false,
      new GraphQLError('Maximum call stack size exceeded', {
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      }),
    );
    expect(formatted).toEqual({
      message: 'The document could not be parsed; it may be too deeply nested.',
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('gives a limit refusal back its LIMIT_EXCEEDED code', () => {
    const refusal = new GraphQLError('over the limit', {
      extensions: { code: 'LIMIT_EXCEEDED' },
    });
    const wrapped = new GraphQLError('over the limit', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      originalError: refusal,
    });
    expect(format(true, wrapped).extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(format(true, validationFailure('plain')).extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });
});
