import { assertIdentityConfigSafe } from '../productionGuard';

describe('assertIdentityConfigSafe', () => {
  it.each(['production', 'Production', ' production '])(
    'refuses NODE_ENV=%j with the development issuer, pointing at AUTH_JWKS_URL',
    (nodeEnv) => {
      expect(() =>
        assertIdentityConfigSafe({
          nodeEnv,
          usesDevelopmentIssuer: true,
          allowDevelopmentIssuer: false,
        }),
      ).toThrow(
        /NODE_ENV=production .* Set AUTH_JWKS_URL .* ALLOW_DEVELOPMENT_ISSUER=true/s,
      );
    },
  );

  it('starts in production with the development issuer when it is explicitly allowed', () => {
    expect(() =>
      assertIdentityConfigSafe({
        nodeEnv: 'production',
        usesDevelopmentIssuer: true,
        allowDevelopmentIssuer: true,
      }),
    ).not.toThrow();
  });

  it('starts in production with an identity provider configured', () => {
    expect(() =>
      assertIdentityConfigSafe({
        nodeEnv: 'production',
        usesDevelopmentIssuer: false,
        allowDevelopmentIssuer: false,
      }),
    ).not.toThrow();
  });

  it.each([undefined, 'development', 'test'])(
    'lets NODE_ENV=%j use the development issuer',
    (nodeEnv) => {
      expect(() =>
        assertIdentityConfigSafe({
          nodeEnv,
          usesDevelopmentIssuer: true,
          allowDevelopmentIssuer: false,
        }),
      ).not.toThrow();
    },
  );
});
