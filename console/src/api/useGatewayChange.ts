import { useState } from 'preact/hooks';
import { queryGateway } from './queryGateway';
import { type GraphQLErrorView, type Session } from './types';
import { useSingleFlight } from './useSingleFlight';

/** What a change form is given: send one mutation, whether one is in flight, the last refusal. */
export interface GatewayChange<Data> {
  send: (
    mutation: string,
    variables: Record<string, unknown>,
    onDone?: (data: Data) => void,
  ) => void;
  sending: boolean;
  errors: GraphQLErrorView[] | undefined;
}

type Answer<Data> =
  { data: Data; errors?: undefined } | { errors: GraphQLErrorView[] };

/** One mutation's root field, or the refusal (a network failure as one too). */
async function sendChange<Data>(
  session: Session,
  mutation: string,
  variables: Record<string, unknown>,
): Promise<Answer<Data>> {
  try {
    const result = await queryGateway<Record<string, Data | null>>(
      session,
      mutation,
      variables,
    );
    // A written change answers its root field even when the register
    // withholds part of what it selected: the write stands, and the screen
    // reads the record again (marking what is withheld) rather than calling
    // it refused.
    const data = Object.values(result.data ?? {})[0] ?? undefined;
    if (data !== undefined) return { data };
    return {
      errors: result.errors?.length
        ? result.errors
        : [{ message: 'The gateway answered without a result.' }],
    };
  } catch (error) {
    return {
      errors: [
        { message: error instanceof Error ? error.message : String(error) },
      ],
    };
  }
}

/**
 * Sends one mutation at a time and hands `onDone` its one root field's value.
 * The services change nothing when they refuse, so a refusal is kept in
 * `errors` (cleared by the next success) and `onDone` is not called: the
 * form stays as it was, to be corrected.
 */
export function useGatewayChange<Data>(session: Session): GatewayChange<Data> {
  const { run, sending } = useSingleFlight();
  const [errors, setErrors] = useState<GraphQLErrorView[] | undefined>();
  const send = (
    mutation: string,
    variables: Record<string, unknown>,
    onDone?: (data: Data) => void,
  ) =>
    run(
      () => sendChange<Data>(session, mutation, variables),
      (answer) => {
        setErrors(answer.errors);
        if (answer.errors === undefined) onDone?.(answer.data);
      },
    );
  return { send, sending, errors };
}
