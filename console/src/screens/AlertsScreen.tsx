import { type ConsoleConfig } from '@marsoc/schema/wire';
import { ErrorList } from '../components/ErrorList';
import { MarkedPage } from '../components/MarkedPage';
import { formatInstant, humanise } from '../model/labels';
import { type AlertInbox } from './useAlertInbox';

/**
 * The caller's alerts (issue 13 point 5): kind, when, the nominal and the
 * text APMIS built from what the register lets them see; unread ones marked,
 * and marked read one by one or all at once. New alerts arrive while the
 * screen is open.
 */
export function AlertsScreen(props: {
  config: ConsoleConfig;
  inbox: AlertInbox;
  onOpen: (nominalId: string) => void;
}) {
  const { alerts, unread, errors, streamProblem, markRead } = props.inbox;
  const unreadIds = alerts
    .filter((alert) => alert.read === false)
    .map((alert) => alert.id);
  return (
    <MarkedPage config={props.config} data={alerts}>
      <h2>Alerts</h2>
      <p data-testid="alerts-summary">
        {unread === 0 ? 'No unread alerts.' : `${unread} unread.`}{' '}
        <button
          type="button"
          data-testid="mark-all-read"
          disabled={unread === 0}
          onClick={() => markRead(unreadIds)}
        >
          Mark all read
        </button>
      </p>
      {streamProblem && (
        <p class="note" role="status" data-testid="alert-stream-problem">
          {streamProblem}
        </p>
      )}
      <ErrorList errors={errors} />
      {alerts.length === 0 ? (
        <p data-testid="no-alerts">No alerts.</p>
      ) : (
        <table class="records" data-testid="alert-list">
          <thead>
            <tr>
              <th>Kind</th>
              <th>Raised</th>
              <th>Nominal</th>
              <th>Alert</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {alerts.map((alert) => (
              <tr
                key={alert.id}
                class={alert.read === false ? 'unread' : undefined}
                data-testid="alert"
                data-alert-id={alert.id}
                data-read={String(alert.read === true)}
              >
                <td>{alert.kind ? humanise(alert.kind) : '-'}</td>
                <td>{formatInstant(alert.raisedAt)}</td>
                <td>
                  {alert.nominal ? (
                    <button
                      type="button"
                      onClick={() =>
                        alert.nominal && props.onOpen(alert.nominal.id)
                      }
                    >
                      {alert.nominal.id}
                    </button>
                  ) : (
                    '-'
                  )}
                </td>
                <td data-testid="alert-text">{alert.text ?? '-'}</td>
                <td>
                  {alert.read === false ? (
                    <button
                      type="button"
                      data-testid="mark-read"
                      onClick={() => markRead([alert.id])}
                    >
                      Mark read
                    </button>
                  ) : (
                    'Read'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </MarkedPage>
  );
}
