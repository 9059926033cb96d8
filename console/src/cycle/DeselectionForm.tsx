import { Agency } from '@marsoc/schema/vocabulary';
import { type Session } from '../api/types';
import { useGatewayChange } from '../api/useGatewayChange';
import { ChangeForm } from './ChangeForm';
import { createClientRequestId } from './createClientRequestId';
import { Field } from './Field';
import { DESELECT, DESELECTION_REASONS } from './nominationOperations';
import { useFormValues } from './useFormValues';

/** Deselection at a PSF with a reason from the closed list, the rationale and a monitoring plan (E822-E828). */
export function DeselectionForm(props: {
  session: Session;
  nominalId: string;
  cycle: number;
  onDeselected: () => void;
}) {
  const change = useGatewayChange<unknown>(props.session);
  const form = useFormValues({
    reason: DESELECTION_REASONS[0] ?? '',
    rationale: '',
    plan: '',
    monitoringAgency: 'HMPPS',
    reviewOn: '',
  });
  const { values } = form;
  const submit = () =>
    change.send(
      DESELECT,
      {
        input: {
          nominalId: props.nominalId,
          reason: values.reason,
          cycle: props.cycle,
          rationale: values.rationale.trim(),
          monitoringPlan: {
            plan: values.plan.trim(),
            monitoringAgency: values.monitoringAgency,
            reviewOn: values.reviewOn,
          },
          clientRequestId: createClientRequestId('deselect'),
        },
      },
      props.onDeselected,
    );
  return (
    <ChangeForm
      testId="deselection-form"
      title={`Deselect at the PSF of cycle ${props.cycle}`}
      submitLabel="Deselect"
      change={change}
      onSubmit={submit}
    >
      <Field
        form={form}
        name="reason"
        label="Reason"
        kind="select"
        choices={DESELECTION_REASONS}
      />
      <Field
        form={form}
        name="rationale"
        label="Rationale"
        kind="textarea"
        required
      />
      <Field
        form={form}
        name="plan"
        label="Monitoring plan"
        kind="textarea"
        required
      />
      <Field
        form={form}
        name="monitoringAgency"
        label="Monitored by"
        kind="select"
        choices={Agency.values}
      />
      <Field
        form={form}
        name="reviewOn"
        label="Review on"
        kind="date"
        required
      />
    </ChangeForm>
  );
}
