import { type Session } from '../api/types';
import { useGatewayChange } from '../api/useGatewayChange';
import { ChangeForm } from './ChangeForm';
import { type Choice, Field } from './Field';
import { createClientRequestId } from './createClientRequestId';
import { optionalText, useFormValues } from './useFormValues';

/**
 * A decision on one record with a reason the second choice needs: the
 * receiving lead's on a transfer (accept or refuse, E823), the hub lead's on
 * a recorded disruption (moderate or reject, E547).
 */
export function ReasonedDecisionForm(props: {
  session: Session;
  mutation: string;
  /** The input's id field (transferId, recordId) and the record's id. */
  idField: string;
  id: string;
  choices: readonly [Choice & object, Choice & object];
  submitLabel: string;
  onDecided: () => void;
}) {
  const change = useGatewayChange<unknown>(props.session);
  const form = useFormValues({ decision: props.choices[0].value, reason: '' });
  const submit = () =>
    change.send(
      props.mutation,
      {
        input: {
          [props.idField]: props.id,
          decision: form.values.decision,
          reason: optionalText(form.values.reason),
          clientRequestId: createClientRequestId('decision'),
        },
      },
      props.onDecided,
    );
  return (
    <ChangeForm
      testId={`decide-${props.id}`}
      title={`Decide ${props.id}`}
      submitLabel={props.submitLabel}
      change={change}
      onSubmit={submit}
    >
      <Field
        form={form}
        name="decision"
        label="Decision"
        kind="select"
        choices={props.choices}
      />
      <Field
        form={form}
        name="reason"
        label={`Reason (needed to ${props.choices[1].label.toLowerCase()})`}
        kind="textarea"
      />
    </ChangeForm>
  );
}
