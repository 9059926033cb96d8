import { type GraphQLErrorView } from '../api/types';
import { ValueView } from '../components/ValueView';
import { humanise } from '../model/labels';
import { isWithheldAt } from './findWithheld';
import { type MembershipView } from './nominationOperations';
import { Shown } from './Shown';

const PARTS = [
  'forumDecision',
  'emergencyNomination',
  'qualityChecks',
  'previousNominations',
  'pendingTransfer',
  'deselection',
  'monitoringPlan',
] as const;

/**
 * A nomination as the hub holds it: where it stands, then each part of its
 * record the answer has (a part the gateway withheld says so; one that is not
 * there is left out).
 */
export function MembershipSummary(props: {
  /** The nominal as the answer names it. */
  nominalId: string;
  membership: MembershipView;
  errors: readonly GraphQLErrorView[] | undefined;
}) {
  const { membership, errors } = props;
  const at = (part: string) => ['nominal', 'cohort', part];
  return (
    <div
      data-testid="membership"
      data-nominal={props.nominalId}
      data-status={membership.status}
    >
      <p>
        <strong data-testid="membership-status">
          <Shown
            value={membership.status}
            errors={errors}
            path={at('status')}
          />
        </strong>{' '}
        in {String(membership.region ?? '-')}, nomination{' '}
        {String(membership.nominationId ?? '-')} by{' '}
        {String(membership.nominatingAgency ?? '-')} for cycle{' '}
        {String(membership.cycleNominated ?? '-')}
      </p>
      <dl class="record">
        {PARTS.map((part) => {
          const value = membership[part];
          const withheld = isWithheldAt(errors, at(part));
          if ((value === null || value === undefined) && !withheld) return null;
          return (
            <div class="record-row" key={part} data-part={part}>
              <dt>{humanise(part)}</dt>
              <dd>
                {withheld && value == null ? (
                  <Shown value={null} errors={errors} path={at(part)} />
                ) : (
                  <ValueView value={value} />
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
