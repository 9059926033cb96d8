/** How a started process shows it can take traffic. */
export type ReadinessProbe = 'health' | 'graphql';

/**
 * One probe: our services answer GET /health/ready with 200 once listening;
 * the comparison gateways are ready when a trivial operation succeeds.
 */
export async function isReady(
  port: number,
  probe: ReadinessProbe,
): Promise<boolean> {
  try {
    const response =
      probe === 'health'
        ? await fetch(`http://127.0.0.1:${port}/health/ready`)
        : await fetch(`http://127.0.0.1:${port}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ __typename }' }),
          });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}
