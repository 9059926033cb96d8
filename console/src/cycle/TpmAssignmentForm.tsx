import { useState } from 'preact/hooks';
import { type Session } from '../api/types';
import { useGatewayChange } from '../api/useGatewayChange';
import { ChangeForm } from './ChangeForm';
import { createClientRequestId } from './createClientRequestId';
import { Field } from './Field';
import { type MeetingView } from './meetingOperations';
import { ASSIGN_TPM_ACTION, type TpmActionView } from './nominationOperations';
import { useFormValues } from './useFormValues';

/**
 * A member of an open TPM records an action agreed there (E807, E813), owned
 * by a named person in an agency that sits on it; only that agency may move
 * it on afterwards (on the nomination, where the action log is shown).
 */
export function TpmAssignmentForm(props: {
  session: Session;
  meeting: MeetingView & { id: string };
}) {
  const change = useGatewayChange<{ tpmActions: TpmActionView[] | null }>(
    props.session,
  );
  const [assigned, setAssigned] = useState('');
  const agencies = [
    ...new Set(
      (props.meeting.members ?? []).flatMap((member) =>
        member.agency ? [member.agency] : [],
      ),
    ),
  ];
  const form = useFormValues({
    nominalId: '',
    action: '',
    ownerName: '',
    owningAgency: agencies[0] ?? '',
    dueDate: '',
  });
  const submit = () =>
    change.send(
      ASSIGN_TPM_ACTION,
      {
        input: {
          meetingId: props.meeting.id,
          nominalId: form.values.nominalId.trim(),
          action: form.values.action.trim(),
          ownerName: form.values.ownerName.trim(),
          owningAgency: form.values.owningAgency,
          dueDate: form.values.dueDate,
          clientRequestId: createClientRequestId('tpm-action'),
        },
      },
      (membership) => {
        const action = membership.tpmActions?.at(-1);
        setAssigned(
          `Assigned ${action?.id ?? 'the action'} to ${form.values.ownerName.trim()} (${form.values.owningAgency}).`,
        );
        form.reset();
      },
    );
  return (
    <ChangeForm
      testId="tpm-assignment-form"
      title="Assign an action agreed at this TPM"
      submitLabel="Assign the action"
      change={change}
      onSubmit={submit}
    >
      <Field form={form} name="nominalId" label="Nominal (NOM-...)" required />
      <Field
        form={form}
        name="action"
        label="Action"
        kind="textarea"
        required
      />
      <Field form={form} name="ownerName" label="Named owner" required />
      <Field
        form={form}
        name="owningAgency"
        label="Owner's agency"
        kind="select"
        choices={agencies}
      />
      <Field form={form} name="dueDate" label="Due" kind="date" required />
      {assigned && (
        <p role="status" data-testid="tpm-assigned">
          {assigned}
        </p>
      )}
    </ChangeForm>
  );
}
