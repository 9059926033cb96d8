/**
 * Asks the gateway's development issuer for a persona's token. The route
 * exists only while the development issuer is in use, never in production.
 */
export async function signInWithPersona(persona: string): Promise<string> {
  const response = await fetch('/console/development-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
  });
  if (!response.ok)
    throw new Error(`the development issuer refused (${response.status})`);
  return ((await response.json()) as { token: string }).token;
}
