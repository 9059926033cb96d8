import { ErrorCode } from '@marsoc/schema/wire';
import { type AlertView } from '../model/alertQueries';
import { readServerSentEvents } from './readServerSentEvents';
import { requestHeaders } from './requestHeaders';
import { type Session } from './types';

export interface AlertStreamHandlers {
  /** A new unread alert, as the register lets this reader see it. */
  onAlert(alert: AlertView): void;
  /** The stream is open (again): a problem shown before is over. */
  onOpen(): void;
  /** Why the stream is down; `final` when it will not be tried again. */
  onProblem(message: string, final: boolean): void;
}

/** The first wait before opening the stream again, doubled per failure up to the last. */
const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 30_000;
/** Refusals that another try with the same token and purpose cannot cure. */
const FINAL_CODES: ReadonlySet<string> = new Set([
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.PURPOSE_REQUIRED,
  ErrorCode.FORBIDDEN,
  ErrorCode.BAD_USER_INPUT,
]);

class StreamRefused extends Error {
  constructor(
    message: string,
    readonly final: boolean,
  ) {
    super(message);
  }
}

/**
 * Keeps GET /alerts/stream open for the session, with its bearer token and
 * purpose headers (fetch, not EventSource, so the token never goes in a URL),
 * and hands each alert event over. After a failure it opens the stream again
 * after 1 s, then 2, 4 ... up to 30 s; a refusal the same session cannot cure
 * (a token no longer valid, a purpose refused) stops it. The returned
 * function closes the stream for good (sign-out, a new purpose).
 */
export function openAlertStream(
  session: Session,
  handlers: AlertStreamHandlers,
): () => void {
  const abort = new AbortController();
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryMs = FIRST_RETRY_MS;
  const connect = () => {
    readStream(session, abort.signal, handlers, () => {
      retryMs = FIRST_RETRY_MS;
    }).then(
      () => retry('The alert stream closed; opening it again.'),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        if (error instanceof StreamRefused && error.final) {
          handlers.onProblem(error.message, true);
          return;
        }
        retry(error instanceof Error ? error.message : String(error));
      },
    );
  };
  const retry = (message: string) => {
    if (abort.signal.aborted) return;
    handlers.onProblem(
      `${message} Alerts resume in ${Math.round(retryMs / 1000)} s.`,
      false,
    );
    retryTimer = setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
  };
  connect();
  return () => {
    abort.abort();
    clearTimeout(retryTimer);
  };
}

async function readStream(
  session: Session,
  signal: AbortSignal,
  handlers: AlertStreamHandlers,
  onConnected: () => void,
): Promise<void> {
  const response = await fetch('/alerts/stream', {
    headers: { accept: 'text/event-stream', ...requestHeaders(session) },
    signal,
    cache: 'no-store',
  });
  if (!response.ok || response.body === null) {
    const refusal = (await response.json().catch(() => null)) as {
      errors?: { message?: string }[];
    } | null;
    throw new StreamRefused(
      refusal?.errors?.[0]?.message ??
        `The gateway answered ${response.status} to the alert stream.`,
      response.status >= 400 &&
        response.status < 500 &&
        response.status !== 429,
    );
  }
  onConnected();
  handlers.onOpen();
  let refusal: StreamRefused | undefined;
  await readServerSentEvents(response.body, ({ event, data }) => {
    if (event === 'alert') handlers.onAlert(JSON.parse(data) as AlertView);
    if (event !== 'error') return false;
    const { code, message } = JSON.parse(data) as {
      code?: string;
      message?: string;
    };
    refusal = new StreamRefused(
      message ?? 'The alert stream failed.',
      code !== undefined && FINAL_CODES.has(code),
    );
    return true;
  });
  if (refusal !== undefined) throw refusal;
}
