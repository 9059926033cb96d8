import { type Session } from '../api/types';
import { useGatewayChange } from '../api/useGatewayChange';
import { ChangeForm } from './ChangeForm';
import { createClientRequestId } from './createClientRequestId';
import { Field } from './Field';
import { UPDATE_TPM_ACTION } from './nominationOperations';
import { optionalText, useFormValues } from './useFormValues';

/** Where an action may go next (the API's own rule, E813). */
const NEXT: Readonly<Record<string, string[]>> = {
  OPEN: ['IN_PROGRESS', 'COMPLETED', 'REJECTED', 'CANCELLED'],
  IN_PROGRESS: ['COMPLETED', 'CANCELLED'],
};

/** The owning agency moves its TPM action on, with a note; any other agency is refused. */
export function TpmActionUpdateForm(props: {
  session: Session;
  actionId: string;
  status: string;
  onUpdated: () => void;
}) {
  const change = useGatewayChange<unknown>(props.session);
  const next = NEXT[props.status] ?? [];
  const form = useFormValues({ status: next[0] ?? '', note: '' });
  if (next.length === 0) return null;
  const submit = () =>
    change.send(
      UPDATE_TPM_ACTION,
      {
        input: {
          actionId: props.actionId,
          status: form.values.status,
          note: optionalText(form.values.note),
          clientRequestId: createClientRequestId('tpm-update'),
        },
      },
      props.onUpdated,
    );
  return (
    <ChangeForm
      testId={`update-${props.actionId}`}
      title={`Update ${props.actionId}`}
      submitLabel="Update"
      change={change}
      onSubmit={submit}
    >
      <Field
        form={form}
        name="status"
        label="Now"
        kind="select"
        choices={next}
      />
      <Field form={form} name="note" label="Note" kind="textarea" />
    </ChangeForm>
  );
}
