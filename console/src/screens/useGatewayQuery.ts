import { useEffect, useState } from 'preact/hooks';
import { queryGateway } from '../api/queryGateway';
import { type GraphQLResult, type Session } from '../api/types';

/**
 * Runs a query whenever its inputs change, or `version` does (a screen asks
 * again after its own change); undefined while it is in flight. An answer is
 * returned only for the inputs it was asked with, so the render between a
 * change and its effect never shows the last answer under the new inputs
 * (another indicator's bars, another purpose's data).
 */
export function useGatewayQuery<Data>(
  session: Session,
  query: string,
  variables: Record<string, unknown> | undefined,
  version = 0,
): GraphQLResult<Data> | undefined {
  const [answered, setAnswered] = useState<
    { key: string; result: GraphQLResult<Data> } | undefined
  >();
  const key = JSON.stringify([session, query, variables, version]);
  useEffect(() => {
    if (!variables) return undefined;
    let current = true;
    const take = (result: GraphQLResult<Data>) =>
      current && setAnswered({ key, result });
    setAnswered(undefined);
    queryGateway<Data>(session, query, variables).then(take, (error: unknown) =>
      take({
        errors: [
          { message: error instanceof Error ? error.message : String(error) },
        ],
      }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return answered?.key === key ? answered.result : undefined;
}
