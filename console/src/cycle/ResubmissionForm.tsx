import { type Session } from '../api/types';
import { useGatewayChange } from '../api/useGatewayChange';
import { ChangeForm } from './ChangeForm';
import { createClientRequestId } from './createClientRequestId';
import { Field } from './Field';
import { RESUBMIT } from './nominationOperations';
import { useFormValues } from './useFormValues';

/** The nominating agency resubmits a returned nomination, saying what it added. */
export function ResubmissionForm(props: {
  session: Session;
  nominalId: string;
  onResubmitted: () => void;
}) {
  const change = useGatewayChange<unknown>(props.session);
  const form = useFormValues({ note: '' });
  const submit = () =>
    change.send(
      RESUBMIT,
      {
        input: {
          nominalId: props.nominalId,
          note: form.values.note.trim(),
          clientRequestId: createClientRequestId('resubmit'),
        },
      },
      props.onResubmitted,
    );
  return (
    <ChangeForm
      testId="resubmission-form"
      title="Resubmit the returned nomination"
      submitLabel="Resubmit"
      change={change}
      onSubmit={submit}
    >
      <Field
        form={form}
        name="note"
        label="What was added"
        kind="textarea"
        required
      />
    </ChangeForm>
  );
}
