/**
 * Headers on everything the console route answers. The page may run only its
 * own script and style from this origin, talk only to this origin (plus, when
 * a real identity provider is configured, its token endpoint for the PKCE code
 * exchange), never be framed, and never tell another site where it came from.
 */
export function createConsoleSecurityHeaders(
  extraConnectSources: readonly string[] = [],
): Readonly<Record<string, string>> {
  for (const source of extraConnectSources) assertOrigin(source);
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

/**
 * A connect source must be one exact origin: a wildcard, a bare scheme or a
 * stray ';' would widen the policy (or add a directive) beyond the provider.
 */
function assertOrigin(source: string): void {
  let origin: string | undefined;
  try {
    origin = new URL(source).origin;
  } catch {
    origin = undefined;
  }
  // URL accepts '*' in a host name; a CSP source takes it as a wildcard.
  if (origin !== source || !/^https?:\/\/[\w.\-[\]:]+$/.test(source))
    throw new Error(
      `a console connect source must be one http(s) origin; got "${source}"`,
    );
}
