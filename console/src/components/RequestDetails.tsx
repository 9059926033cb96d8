import { type DisclosureRequestView } from '../model/disclosureRequestQueries';
import {
  agencyName,
  describeRequestStatus,
  describeUrgency,
  formatInstant,
  humanise,
} from '../model/labels';

/** A row of the details: its test id, its label and its value. */
type Row = [key: string, label: string, value: string];

function listOrDash(values: readonly (string | null)[]): string {
  return values.filter(Boolean).join(', ') || '-';
}

/**
 * One request in words: what was asked of whom, how urgently, by when, and
 * the owner's answer. `withRequester` adds who asked and for where, which
 * the owner's officers need and the requester knows.
 */
export function RequestDetails(props: {
  request: DisclosureRequestView;
  withRequester?: boolean;
}) {
  const { request } = props;
  const decided =
    request.status === 'APPROVED' || request.status === 'PARTIALLY_APPROVED';
  const rows: Row[] = [
    ['owner', 'Asked of', agencyName(request.owner)],
    ['nominal', 'Nominal', request.nominalId],
    ['category', 'Category', humanise(request.category)],
    ['status', 'Status', describeRequestStatus(request.status)],
    ['urgency', 'Urgency', describeUrgency(request.urgency)],
  ];
  if (request.urgencyReason)
    rows.push(['urgency-reason', 'Why urgent', request.urgencyReason]);
  if (props.withRequester)
    rows.push(
      ['requested-by', 'Asked by', request.requestedBy],
      ['requester-agency', 'Their agency', agencyName(request.requesterAgency)],
    );
  rows.push(
    ['for', 'For', listOrDash([request.forRegion, request.forUnit])],
    ['purpose', 'Purpose', humanise(request.purpose)],
    ['justification', 'Justification', request.justification],
    ['raised', 'Raised', formatInstant(request.raisedAt)],
    ['deadline', 'Answer due by', formatInstant(request.respondBy)],
  );
  if (decided)
    rows.push(
      ['legal-basis', 'Legal basis', request.legalBasis ?? '-'],
      ['grant-level', 'Released at', humanise(request.grantLevel ?? '-')],
      [
        'grant-expires',
        'Released until',
        formatInstant(request.grantExpiresAt),
      ],
      [
        'grant-reach',
        'Released to',
        listOrDash([
          ...(request.grantRegions ?? []),
          ...(request.grantUnits ?? ['every unit there']),
        ]),
      ],
    );
  if (request.closedAt)
    rows.push(['closed', 'Closed', formatInstant(request.closedAt)]);
  if (request.reason)
    rows.push([
      'reason',
      request.status === 'DECLINED' ? 'Reason for declining' : 'Note',
      request.reason,
    ]);
  return (
    <dl class="request-details">
      {rows.map(([key, label, value]) => (
        <div key={key} data-testid={`request-${key}`}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
