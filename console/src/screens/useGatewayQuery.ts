import { useEffect, useState } from 'preact/hooks';
import { queryGateway } from '../api/queryGateway';
import { type GraphQLResult, type Session } from '../api/types';

/**
 * Runs a query whenever its inputs change, or `version` does (a screen asks
 * again after its own change); undefined while it is in flight.
 */
export function useGatewayQuery<Data>(
  session: Session,
  query: string,
  variables: Record<string, unknown> | undefined,
  version = 0,
): GraphQLResult<Data> | undefined {
  const [result, setResult] = useState<GraphQLResult<Data> | undefined>();
  const key = JSON.stringify([session, query, variables, version]);
  useEffect(() => {
    if (!variables) return undefined;
    let current = true;
    setResult(undefined);
    queryGateway<Data>(session, query, variables).then(
      (answer) => current && setResult(answer),
      (error: unknown) =>
        current &&
        setResult({
          errors: [
            { message: error instanceof Error ? error.message : String(error) },
          ],
        }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return result;
}
