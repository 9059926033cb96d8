import { createConsoleSecurityHeaders } from '../securityHeaders';

function directive(policy: string, name: string): string | undefined {
  return policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));
}

describe('the console Content-Security-Policy', () => {
  it('lets the page connect to its own origin only, with the development issuer', () => {
    const policy =
      createConsoleSecurityHeaders()['content-security-policy'] ?? '';
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self'");
  });

  it("adds exactly the identity provider's origin, port included, and nothing else", () => {
    const policy =
      createConsoleSecurityHeaders(['https://idp.example.gov.uk:8443'])[
        'content-security-policy'
      ] ?? '';
    expect(directive(policy, 'connect-src')).toBe(
      "connect-src 'self' https://idp.example.gov.uk:8443",
    );
    expect(policy).not.toContain('*');
    expect(policy.split(';')).toHaveLength(10);
  });

  it.each([
    ['a wildcard', 'https://*.example.gov.uk'],
    ['a bare scheme', 'https:'],
    ['a path', 'https://idp.example.gov.uk/token'],
    [
      'a second directive',
      "https://idp.example.gov.uk; script-src 'unsafe-inline'",
    ],
    ['two sources', 'https://idp.example.gov.uk https://evil.example'],
    ['another scheme', 'ws://idp.example.gov.uk'],
  ])('refuses a connect source with %s', (_, source) => {
    expect(() => createConsoleSecurityHeaders([source])).toThrow(
      'a console connect source must be one http(s) origin',
    );
  });
});
