import { ErrorCode } from '@marsoc/platform';
import { GraphQLError } from 'graphql';

/**
 * The identity provider's key set could not be fetched, so no token can be
 * checked. A service fault (503), not the caller's: nothing is disclosed, and
 * the cause is kept for the log, never sent.
 */
export class IdentityProviderUnavailableError extends GraphQLError {
  readonly httpStatus = 503;

  constructor(cause: unknown) {
    super('the identity provider could not be reached; try again shortly', {
      originalError: cause instanceof Error ? cause : undefined,
      extensions: {
        code: ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE,
        http: { status: 503 },
      },
    });
    this.name = 'IdentityProviderUnavailableError';
  }
}
