/**
 * Headers on everything the console route answers. The page may run only its
 * own script and style from this origin, talk only to this origin (plus, when
 * a real identity provider is configured, its token endpoint for the PKCE code
 * exchange), never be framed, and never tell another site where it came from.
 */
export function createConsoleSecurityHeaders(
  extraConnectSources: readonly string[] = [],
): Readonly<Record<string, string>> {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    `connect-src ${["'self'", ...extraConnectSources].join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return Object.freeze({
    'content-security-policy': policy,
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  });
}
