import { useState } from 'preact/hooks';
import { type Session } from '../api/types';
import { useGatewayChange } from '../api/useGatewayChange';
import { ChangeForm } from './ChangeForm';
import { createClientRequestId } from './createClientRequestId';
import { Field } from './Field';
import { type MeetingView, SCHEDULE_MEETING } from './meetingOperations';
import { BLANK_MEMBER, type MemberDraft, MemberRows } from './MemberRows';
import { useFormValues } from './useFormValues';

/** A Regional Lead schedules the PSF or TPM of a region and cycle, which they chair (E508). */
export function ScheduleMeetingForm(props: {
  session: Session;
  region: string;
  cycle: number;
  onScheduled: (meeting: MeetingView) => void;
}) {
  const change = useGatewayChange<MeetingView>(props.session);
  const form = useFormValues({ kind: 'PSF', date: '' });
  const [members, setMembers] = useState<MemberDraft[]>([BLANK_MEMBER]);
  const submit = () =>
    change.send(
      SCHEDULE_MEETING,
      {
        input: {
          ...form.values,
          region: props.region,
          cycle: props.cycle,
          members: members.map((member) => ({
            ...member,
            sub: member.sub.trim(),
            name: member.name.trim(),
            unit: member.unit.trim(),
          })),
          clientRequestId: createClientRequestId('schedule'),
        },
      },
      (meeting) => {
        setMembers([BLANK_MEMBER]);
        props.onScheduled(meeting);
      },
    );
  return (
    <ChangeForm
      testId="schedule-meeting"
      title={`Schedule a meeting of cycle ${props.cycle} (you chair it)`}
      submitLabel="Schedule"
      change={change}
      onSubmit={submit}
    >
      <Field
        form={form}
        name="kind"
        label="Meeting"
        kind="select"
        choices={[
          { value: 'PSF', label: 'Prioritisation and Selection Forum (PSF)' },
          { value: 'TPM', label: 'Tactical Planning Meeting (TPM)' },
        ]}
      />
      <Field form={form} name="date" label="Date" kind="date" required />
      <MemberRows members={members} onChange={setMembers} />
    </ChangeForm>
  );
}
