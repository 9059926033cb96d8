import { useRef, useState } from 'preact/hooks';
import {
  type RequestChangeResult,
  sendRequestChange,
} from './sendRequestChange';
import { type GraphQLErrorView, type Session } from './types';

/**
 * Sends request mutations one at a time: while one is in flight another
 * click does nothing (two clicks in one tick both see the state unchanged,
 * so a ref guards too). `errors` holds the last refusal, cleared by a success.
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
  const [sending, setSending] = useState(false);
  const [errors, setErrors] = useState<GraphQLErrorView[] | undefined>();
  const inFlight = useRef(false);
  const send = (
    mutation: string,
    variables: Record<string, unknown>,
    onDone: (result: RequestChangeResult) => void,
  ) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSending(true);
    void sendRequestChange(session, mutation, variables).then((result) => {
      inFlight.current = false;
      setSending(false);
      setErrors(result.errors);
      onDone(result);
    });
  };
  return { send, sending, errors };
}
