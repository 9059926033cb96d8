import { type ServerResponse } from 'node:http';

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (character) => `&#${character.charCodeAt(0)};`,
  );
}

/**
 * The provider's own sign-in page: a form a person (or a browser test, as a
 * person would) fills in. It posts back to the provider with the id of the
 * waiting authorisation request, never with the request's parameters, so
 * nothing the browser sends here can change the state or the challenge.
 */
export function sendLoginPage(
  response: ServerResponse,
  status: number,
  page: { requestId: string; clientId: string; problem?: string },
): void {
  const problem = page.problem
    ? `<p role="alert" data-testid="login-problem">${escapeHtml(page.problem)}</p>`
    : '';
  sendHtml(
    response,
    status,
    `<h1>Test identity provider</h1>
<p>Sign in to continue to <strong>${escapeHtml(page.clientId)}</strong>.</p>
${problem}
<form method="post" action="/authorize" data-testid="login-form">
<input type="hidden" name="request" value="${escapeHtml(page.requestId)}">
<label>Username <input name="username" autocomplete="username"></label>
<label>Password <input name="password" type="password" autocomplete="current-password"></label>
<button type="submit" name="decision" value="sign-in">Sign in</button>
<button type="submit" name="decision" value="cancel">Cancel</button>
</form>`,
  );
}

/** A refusal the provider shows itself, never sent back to an unverified redirect URI. */
export function sendErrorPage(
  response: ServerResponse,
  status: number,
  message: string,
): void {
  sendHtml(
    response,
    status,
    `<h1>Sign-in refused</h1><p data-testid="provider-error">${escapeHtml(message)}</p>`,
  );
}

function sendHtml(response: ServerResponse, status: number, body: string) {
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Test identity provider</title></head><body>${body}</body></html>`;
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // No form-action: browsers apply it to the redirect after the form, and
    // that redirect goes to the client's origin.
    'content-security-policy': "default-src 'none'",
    'x-frame-options': 'DENY',
  });
  response.end(html);
}
