import { Region } from '@marsoc/schema/vocabulary';
import { type Session } from '../api/types';
import { useGatewayChange } from '../api/useGatewayChange';
import { ChangeForm } from './ChangeForm';
import { createClientRequestId } from './createClientRequestId';
import { Field } from './Field';
import { REQUEST_TRANSFER } from './nominationOperations';
import { useFormValues } from './useFormValues';

/**
 * The sending region's lead asks another region to take a selected nominal
 * (E823); the sending region keeps them until the receiving lead accepts.
 */
export function TransferRequestForm(props: {
  session: Session;
  nominalId: string;
  fromRegion: string;
  onRequested: () => void;
}) {
  const change = useGatewayChange<unknown>(props.session);
  const regions = Region.values.filter((region) => region !== props.fromRegion);
  const form = useFormValues({ toRegion: regions[0] ?? '', reason: '' });
  const submit = () =>
    change.send(
      REQUEST_TRANSFER,
      {
        input: {
          nominalId: props.nominalId,
          toRegion: form.values.toRegion,
          reason: form.values.reason.trim(),
          clientRequestId: createClientRequestId('transfer'),
        },
      },
      props.onRequested,
    );
  return (
    <ChangeForm
      testId="transfer-request-form"
      title="Transfer to another region"
      submitLabel="Ask the receiving region"
      change={change}
      onSubmit={submit}
    >
      <Field
        form={form}
        name="toRegion"
        label="To"
        kind="select"
        choices={regions}
      />
      <Field form={form} name="reason" label="Why" kind="textarea" required />
    </ChangeForm>
  );
}
