import { type GraphQLErrorView } from '../api/types';
import { humanise } from '../model/labels';
import { type MeetingView } from './meetingOperations';
import { Shown } from './Shown';

/**
 * What a meeting holds as the gateway answered it: members and attendance,
 * the agenda (covert items only where the caller may know of them, absent
 * otherwise, leaving no gap) and the decisions with who was present.
 */
export function MeetingRecord(props: {
  meeting: MeetingView;
  errors: readonly GraphQLErrorView[] | undefined;
}) {
  const { meeting, errors } = props;
  const at = (...path: (string | number)[]) => ['meeting', ...path];
  const present = (meeting.members ?? []).filter(
    (member) => member.attendance === 'PRESENT',
  );
  return (
    <>
      <h4>Members</h4>
      {meeting.members ? (
        <table class="records" data-testid="meeting-members">
          <thead>
            <tr>
              <th>Name</th>
              <th>Agency</th>
              <th>Unit</th>
              <th>Vetting</th>
              <th>Attendance</th>
            </tr>
          </thead>
          <tbody>
            {meeting.members.map((member, index) => (
              <tr key={member.sub ?? index} data-sub={member.sub}>
                <td>
                  {member.name}
                  {member.isChair ? ' (chair)' : ''}
                </td>
                <td>{member.agency}</td>
                <td>{member.unit}</td>
                <td>{member.vetting}</td>
                <td data-testid="attendance">
                  {member.attendance
                    ? humanise(member.attendance)
                    : 'Not recorded'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Shown value={null} errors={errors} path={at('members')} />
      )}
      <p data-testid="present-agencies">
        Present (silent attendees do not count to a quorum):{' '}
        {present.length
          ? [...new Set(present.map((member) => member.agency))].join(', ')
          : 'nobody recorded'}
      </p>
      <h4>Agenda</h4>
      {meeting.agenda?.length === 0 && <p>Nothing on the agenda yet.</p>}
      {meeting.agenda === null && (
        <Shown value={null} errors={errors} path={at('agenda')} />
      )}
      <ol data-testid="agenda">
        {(meeting.agenda ?? []).map((item, index) => (
          <li key={item.id ?? index} data-kind={item.kind}>
            <strong>{humanise(item.kind ?? '')}</strong>: {item.title}
            {item.nominal && ` (${item.nominal.id})`}, raised by{' '}
            {item.raisedByAgency}
            {item.knownToAgencies &&
              `; known only to ${item.knownToAgencies.join(', ')}`}
          </li>
        ))}
      </ol>
      <h4>Decisions</h4>
      {meeting.decisions?.length === 0 && <p>No decision recorded yet.</p>}
      {meeting.decisions === null && (
        <Shown value={null} errors={errors} path={at('decisions')} />
      )}
      <ul data-testid="decisions">
        {(meeting.decisions ?? []).map((decision, index) => (
          <li key={decision.id ?? index} data-nominal={decision.nominal?.id}>
            {decision.nominal?.id} ({decision.nominationId}):{' '}
            <strong>{decision.decision}</strong>, with{' '}
            {decision.presentMembers?.length ?? 0} members present
          </li>
        ))}
      </ul>
    </>
  );
}
