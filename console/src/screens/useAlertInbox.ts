import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorCode } from '@marsoc/schema/wire';
import { openAlertStream } from '../api/openAlertStream';
import { queryGateway } from '../api/queryGateway';
import { type GraphQLErrorView, type Session } from '../api/types';
import {
  ALERTS_QUERY,
  type AlertView,
  countUnread,
  MARK_ALERTS_READ,
  markAlertsReadIn,
  mergeAlerts,
} from '../model/alertQueries';

export interface AlertInbox {
  /** The caller's alerts, newest first, as the register lets them see each. */
  alerts: AlertView[];
  unread: number;
  /** Refusals of the inbox or of a "mark read", in the gateway's words. */
  errors: GraphQLErrorView[];
  /** Why live delivery is down (empty while the stream is open). */
  streamProblem: string;
  markRead(ids: string[]): void;
}

/**
 * The signed-in caller's alert inbox, kept live: the inbox is read once,
 * then GET /alerts/stream adds each new alert as it is raised, without a
 * reload. A new token or purpose opens a new stream; signing out (no
 * session) closes it and empties the inbox.
 */
export function useAlertInbox(session: Session | undefined): AlertInbox {
  const [alerts, setAlerts] = useState<AlertView[]>([]);
  const [errors, setErrors] = useState<GraphQLErrorView[]>([]);
  const [streamProblem, setStreamProblem] = useState('');
  const key = session
    ? JSON.stringify([session.token, session.purpose, session.justification])
    : '';
  // Which session's answers the inbox takes: a "mark read" answered after a
  // sign-out must not reach the next person's inbox (an alert id is shared
  // by its recipients, each of whom may see it differently).
  const currentKey = useRef(key);
  currentKey.current = key;
  useEffect(() => {
    setAlerts([]);
    setErrors([]);
    setStreamProblem('');
    if (!session) return undefined;
    let current = true;
    const take = (arrived: readonly AlertView[]) =>
      current && setAlerts((held) => mergeAlerts(held, arrived));
    queryGateway<{ alerts: AlertView[] | null }>(session, ALERTS_QUERY).then(
      (result) => {
        take(result.data?.alerts ?? []);
        if (current) setErrors(refusalsIn(result.errors));
      },
      (error: Error) => current && setErrors([{ message: error.message }]),
    );
    const close = openAlertStream(session, {
      onAlert: (alert) => take([alert]),
      onOpen: () => current && setStreamProblem(''),
      onProblem: (message) => current && setStreamProblem(message),
    });
    return () => {
      current = false;
      close();
    };
  }, [key]);

  const markRead = (ids: string[]) => {
    if (!session || ids.length === 0) return;
    const askedAs = key;
    queryGateway<{ markAlertsRead: AlertView[] | null }>(
      session,
      MARK_ALERTS_READ,
      { ids },
    ).then(
      (result) => {
        if (currentKey.current !== askedAs) return;
        setAlerts((held) =>
          markAlertsReadIn(held, result.data?.markAlertsRead ?? []),
        );
        setErrors(refusalsIn(result.errors));
      },
      (error: Error) =>
        currentKey.current === askedAs &&
        setErrors([{ message: error.message }]),
    );
  };
  return {
    alerts,
    unread: countUnread(alerts),
    errors,
    streamProblem,
    markRead,
  };
}

/**
 * The errors worth showing: a part withheld from the reader (a custody
 * movement HMPPS keeps from an NCA SRO) is already said in the alert's own
 * text, so its WITHHELD error is not repeated.
 */
function refusalsIn(
  errors: GraphQLErrorView[] | undefined,
): GraphQLErrorView[] {
  return (errors ?? []).filter(
    (error) => error.extensions?.code !== ErrorCode.WITHHELD,
  );
}
