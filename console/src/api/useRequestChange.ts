import { useState } from 'preact/hooks';
import {
  type RequestChangeResult,
  sendRequestChange,
} from './sendRequestChange';
import { type GraphQLErrorView, type Session } from './types';
import { useSingleFlight } from './useSingleFlight';

/**
 * Sends request mutations one at a time (useSingleFlight). `errors` holds
 * the last refusal, cleared by a success.
 */
export function useRequestChange(session: Session): {
  send: (
    mutation: string,
    variables: Record<string, unknown>,
    onDone: (result: RequestChangeResult) => void,
  ) => void;
  sending: boolean;
  errors: GraphQLErrorView[] | undefined;
} {
  const { run, sending } = useSingleFlight();
  const [errors, setErrors] = useState<GraphQLErrorView[] | undefined>();
  const send = (
    mutation: string,
    variables: Record<string, unknown>,
    onDone: (result: RequestChangeResult) => void,
  ) =>
    run(
      () => sendRequestChange(session, mutation, variables),
      (result) => {
        setErrors(result.errors);
        onDone(result);
      },
    );
  return { send, sending, errors };
}
