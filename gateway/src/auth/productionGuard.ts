export interface IdentityConfigFacts {
  /** NODE_ENV as read from the environment. */
  nodeEnv: string | undefined;
  /** True when no identity provider is configured and the local issuer is trusted. */
  usesDevelopmentIssuer: boolean;
  /** ALLOW_DEVELOPMENT_ISSUER=true: an explicit, deliberate override. */
  allowDevelopmentIssuer: boolean;
}

/**
 * Refuses to start a production service that trusts the development issuer:
 * anyone who can run `npm run token` on its data directory could mint any
 * identity. Call at start, before listening.
 */
export function assertIdentityConfigSafe(facts: IdentityConfigFacts): void {
  // Compared loosely so that "Production" or " production" cannot slip past.
  const isProduction = facts.nodeEnv?.trim().toLowerCase() === 'production';
  if (
    isProduction &&
    facts.usesDevelopmentIssuer &&
    !facts.allowDevelopmentIssuer
  ) {
    throw new Error(
      'NODE_ENV=production but no identity provider is configured, so the development issuer ' +
        'would be trusted and anyone with its key could mint tokens. Set AUTH_JWKS_URL to your ' +
        "identity provider's JWKS endpoint (with its issuer and audience), or set " +
        'ALLOW_DEVELOPMENT_ISSUER=true to accept the development issuer deliberately.',
    );
  }
}
