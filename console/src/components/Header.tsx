import { type Caller, type Session } from '../api/types';
import { humanise } from '../model/labels';

export type Screen =
  | 'search'
  | 'requests'
  | 'queue'
  | 'cohort'
  | 'grants'
  | 'audit'
  | 'performance'
  | 'cycle'
  | 'alerts';

const SCREENS: { screen: Screen; label: string; roles?: string[] }[] = [
  { screen: 'search', label: 'Search' },
  { screen: 'requests', label: 'My requests' },
  {
    screen: 'queue',
    label: 'Disclosure queue',
    roles: ['DISCLOSURE_OFFICER'],
  },
  { screen: 'cohort', label: 'Regional cohort', roles: ['REGIONAL_LEAD'] },
  {
    screen: 'grants',
    label: 'Disclosure grants',
    roles: ['DISCLOSURE_OFFICER'],
  },
  { screen: 'audit', label: 'Audit', roles: ['AUDITOR'] },
  { screen: 'performance', label: 'Performance' },
  { screen: 'cycle', label: 'Cycle' },
  { screen: 'alerts', label: 'Alerts' },
];

/** Who is signed in, the declared purpose and justification (always in view), and the screens. */
export function Header(props: {
  session: Session;
  caller: Caller | undefined;
  /** Unread alerts in the caller's inbox, kept live by the alert stream. */
  unreadAlerts: number;
  onNavigate: (screen: Screen) => void;
  onChangePurpose: () => void;
  onSignOut: () => void;
}) {
  const roles = props.caller?.roles ?? [];
  return (
    <header class="app-header">
      <div class="who">
        <strong>MARSOC console</strong>
        {props.caller && (
          <span data-testid="caller">
            {props.caller.name}, {describeWorkplace(props.caller)} (
            {props.caller.vetting})
          </span>
        )}
        <button type="button" onClick={props.onSignOut}>
          Sign out
        </button>
      </div>
      <div class="why" data-testid="declared-purpose">
        Purpose: <strong>{humanise(props.session.purpose)}</strong>.
        Justification: <em>{props.session.justification}</em>{' '}
        <button
          type="button"
          data-testid="change-purpose"
          onClick={props.onChangePurpose}
        >
          Change
        </button>
      </div>
      <nav>
        {SCREENS.filter(
          (each) =>
            !each.roles || each.roles.some((role) => roles.includes(role)),
        ).map((each) => (
          <button
            key={each.screen}
            type="button"
            data-testid={`nav-${each.screen}`}
            onClick={() => props.onNavigate(each.screen)}
          >
            {each.label}
            {each.screen === 'alerts' && props.unreadAlerts > 0 && (
              <span
                class="alert-count"
                data-testid="alert-count"
                aria-label={`${props.unreadAlerts} unread`}
              >
                {props.unreadAlerts}
              </span>
            )}
          </button>
        ))}
      </nav>
    </header>
  );
}

/**
 * The caller's agency and unit, without saying the agency twice where the
 * unit's name already begins with it ("MARSOC North West Hub", not "MARSOC
 * MARSOC North West Hub").
 */
function describeWorkplace(caller: { agency: string; unit: string }): string {
  return caller.unit.startsWith(`${caller.agency} `)
    ? caller.unit
    : `${caller.agency} ${caller.unit}`;
}
