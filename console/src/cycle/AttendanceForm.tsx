import { useState } from 'preact/hooks';
import { type Session } from '../api/types';
import { useGatewayChange } from '../api/useGatewayChange';
import { humanise } from '../model/labels';
import { ChangeForm } from './ChangeForm';
import { createClientRequestId } from './createClientRequestId';
import {
  ATTENDANCE_CHOICES,
  type MeetingMemberView,
  type MeetingView,
  RECORD_ATTENDANCE,
} from './meetingOperations';

/**
 * The chair records each member's attendance (E496): present, apologies,
 * absent or a silent attendee, who never counts to the quorum. A member left
 * unrecorded is not sent.
 */
export function AttendanceForm(props: {
  session: Session;
  meetingId: string;
  members: readonly MeetingMemberView[];
  onRecorded: (meeting: MeetingView) => void;
}) {
  const change = useGatewayChange<MeetingView>(props.session);
  const [chosen, setChosen] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      props.members.flatMap((member) =>
        member.sub ? [[member.sub, member.attendance ?? '']] : [],
      ),
    ),
  );
  const submit = () =>
    change.send(
      RECORD_ATTENDANCE,
      {
        input: {
          meetingId: props.meetingId,
          attendance: Object.entries(chosen)
            .filter(([, attendance]) => attendance !== '')
            .map(([sub, attendance]) => ({ sub, attendance })),
          clientRequestId: createClientRequestId('attendance'),
        },
      },
      props.onRecorded,
    );
  return (
    <ChangeForm
      testId="attendance-form"
      title="Record attendance"
      submitLabel="Record attendance"
      change={change}
      onSubmit={submit}
    >
      {props.members.map(
        (member) =>
          member.sub && (
            <label key={member.sub}>
              {member.name ?? member.sub} ({member.agency})
              <select
                name={`attendance-${member.sub}`}
                value={chosen[member.sub] ?? ''}
                onChange={(event) =>
                  setChosen({
                    ...chosen,
                    [member.sub ?? '']: (event.target as HTMLSelectElement)
                      .value,
                  })
                }
              >
                <option value="">Not recorded</option>
                {ATTENDANCE_CHOICES.map((attendance) => (
                  <option key={attendance} value={attendance}>
                    {humanise(attendance)}
                  </option>
                ))}
              </select>
            </label>
          ),
      )}
    </ChangeForm>
  );
}
