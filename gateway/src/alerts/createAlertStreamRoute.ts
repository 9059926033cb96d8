import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { type Logger } from 'pino';
import { ErrorCode, type HttpRoute } from '@marsoc/platform';
import { type Caller, type RequestPurpose } from '@marsoc/schema';
import { requireRequestPurpose } from '../auth/purpose';
import { type GatewayContext } from '../GatewayContext';
import { runAsCaller } from '../profiles/fetchProfileAnswer';
import { refuseUnlessGet, sendCodedError } from '../profiles/serveExport';

export const ALERT_STREAM_PATH = '/alerts/stream';
export const ALERT_STREAM_OPERATION_NAME = 'AlertStream';
/**
 * The unread inbox, asked as the caller: every part passes the register for
 * them. With `__typename`s, so the console marks its page by the fields'
 * markings (console/src/model/alertQueries.ts asks the same fields).
 */
export const ALERT_STREAM_QUERY = `query ${ALERT_STREAM_OPERATION_NAME} {
  alerts(unreadOnly: true) {
    __typename id kind raisedAt read region text toRegion transferOutcome
    nominal { __typename id }
    movement { __typename movement movedOn fromEstablishment toEstablishment }
  }
}`;

export interface AlertStreamOptions {
  apollo: ApolloServer<GatewayContext>;
  verifyCaller(authorization: string[] | undefined): Promise<Caller>;
  log: Logger;
  /** How often the inbox is asked again (default 2 s). */
  pollMs?: number;
  /** How often a comment keeps the connection open through proxies (default 15 s). */
  heartbeatMs?: number;
}

interface StreamedAlert {
  id: string;
}

/**
 * GET /alerts/stream: the caller's new alerts as server-sent events, at once
 * to an open console (docs/marsoc-cycle.md#alerts). The same bearer token,
 * X-Purpose and X-Justification as /graphql: 401 without a valid token. The
 * stream asks the caller's unread inbox through the gateway's own Apollo
 * server every `pollMs`, as the caller, so APMIS judges and audits each ask
 * as any query of theirs, and sends each alert it has not sent before as an
 * `alert` event; a `ready` event follows the first ask's alerts. The token is verified again before every ask: once it has
 * expired the stream says so (`event: error`) and ends. A comment every
 * `heartbeatMs` keeps the connection open; a client that goes stops it.
 */
export function createAlertStreamRoute(options: AlertStreamOptions): HttpRoute {
  return async (request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path !== ALERT_STREAM_PATH) return false;
    if (refuseUnlessGet(request, response, 'Open the alert stream with GET.'))
      return true;
    let purpose: RequestPurpose;
    try {
      await options.verifyCaller(request.headersDistinct.authorization);
      purpose = requireRequestPurpose(request.headersDistinct);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      sendCodedError(response, error);
      return true;
    }
    streamAlerts(request, response, options, purpose);
    return true;
  };
}

function streamAlerts(
  request: IncomingMessage,
  response: ServerResponse,
  options: AlertStreamOptions,
  purpose: RequestPurpose,
): void {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    connection: 'keep-alive',
  });
  response.write(': alerts\n\n');
  const sent = new Set<string>();
  let ready = false;
  let open = true;
  let pollTimer: NodeJS.Timeout | undefined;
  const heartbeat = setInterval(
    () => response.write(': heartbeat\n\n'),
    options.heartbeatMs ?? 15_000,
  );
  const stop = () => {
    open = false;
    clearInterval(heartbeat);
    clearTimeout(pollTimer);
  };
  response.on('close', stop);
  const fail = (code: string, message: string) => {
    send(response, 'error', { code, message });
    stop();
    response.end();
  };

  const poll = async (): Promise<void> => {
    const caller = await options.verifyCaller(
      request.headersDistinct.authorization,
    );
    const answer = await runAsCaller(
      options.apollo,
      {
        caller,
        purpose,
        requestId: randomUUID(),
        disclosures: [],
      },
      {
        query: ALERT_STREAM_QUERY,
        operationName: ALERT_STREAM_OPERATION_NAME,
        variables: {},
      },
    );
    if (!open) return;
    const data = answer.data as { alerts?: StreamedAlert[] } | null | undefined;
    // A part the register keeps from the reader (an NCA SRO's custody
    // movement) is null beside a WITHHELD error: the alert is still theirs.
    const error = answer.errors?.find(
      (each) => each.extensions?.code !== ErrorCode.WITHHELD,
    );
    if (error !== undefined || !Array.isArray(data?.alerts)) {
      const code = error?.extensions?.code;
      fail(
        typeof code === 'string' ? code : ErrorCode.INTERNAL_SERVER_ERROR,
        error?.message ?? 'The inbox could not be read; open the stream again.',
      );
      return;
    }
    for (const alert of data.alerts) {
      if (sent.has(alert.id)) continue;
      sent.add(alert.id);
      send(response, 'alert', alert);
    }
    // Once: every alert unread at the opening has been sent.
    if (!ready) send(response, 'ready', {});
    ready = true;
  };

  const schedule = (delay: number) => {
    pollTimer = setTimeout(() => {
      poll().then(
        () => {
          if (open) schedule(options.pollMs ?? 2_000);
        },
        (error: unknown) => {
          if (!open) return;
          if (error instanceof GraphQLError) {
            const code = error.extensions.code;
            fail(
              typeof code === 'string' ? code : ErrorCode.UNAUTHENTICATED,
              error.message,
            );
            return;
          }
          options.log.error({ err: error }, 'alert stream failed');
          fail(
            ErrorCode.INTERNAL_SERVER_ERROR,
            'The alert stream failed; open it again.',
          );
        },
      );
    }, delay);
  };
  schedule(0);
}

function send(response: ServerResponse, event: string, data: unknown): void {
  response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}
