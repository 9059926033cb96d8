import { type Session } from '../api/types';
import { useGatewayChange } from '../api/useGatewayChange';
import { ChangeForm } from './ChangeForm';
import { createClientRequestId } from './createClientRequestId';
import { AcceptanceFields } from './AcceptanceFields';
import { Field } from './Field';
import { DECIDE_EMERGENCY } from './nominationOperations';
import { readLines, useFormValues } from './useFormValues';

/**
 * The chair's decision on an emergency nomination (E528-E530): accept it as
 * a PSF would, naming an SC-vetted SRO (E793) and the lead agency, or refer
 * it to the next PSF.
 */
export function EmergencyDecisionForm(props: {
  session: Session;
  nominalId: string;
  cycle: number;
  onDecided: () => void;
}) {
  const change = useGatewayChange<unknown>(props.session);
  const form = useFormValues({
    decision: 'ACCEPT',
    reason: '',
    sroName: '',
    sroUnit: '',
    sroVetting: 'SC',
    leadAgency: 'POLICE',
    supportingAgencies: [] as readonly string[],
    strategicObjectives: '',
  });
  const { values } = form;
  const accepting = values.decision === 'ACCEPT';
  const submit = () =>
    change.send(
      DECIDE_EMERGENCY,
      {
        input: {
          nominalId: props.nominalId,
          decision: values.decision,
          reason: values.reason.trim(),
          ...(accepting && {
            cycle: props.cycle,
            seniorResponsibleOfficer: {
              name: values.sroName.trim(),
              unit: values.sroUnit.trim(),
              vetting: values.sroVetting,
            },
            leadAgency: values.leadAgency,
            supportingAgencies: values.supportingAgencies,
            strategicObjectives: readLines(values.strategicObjectives),
          }),
          clientRequestId: createClientRequestId('emergency-decision'),
        },
      },
      props.onDecided,
    );
  return (
    <ChangeForm
      testId="emergency-decision-form"
      title="Decide the emergency nomination (chair)"
      submitLabel="Record the decision"
      change={change}
      onSubmit={submit}
    >
      <Field
        form={form}
        name="decision"
        label="Decision"
        kind="select"
        choices={['ACCEPT', 'REFER_TO_PSF']}
      />
      <Field
        form={form}
        name="reason"
        label="Reason"
        kind="textarea"
        required
      />
      {accepting && (
        <>
          <Field form={form} name="sroName" label="SRO name" required />
          <Field form={form} name="sroUnit" label="SRO unit" required />
          <Field
            form={form}
            name="sroVetting"
            label="SRO vetting"
            kind="select"
            choices={['SC', 'DV']}
          />
          <AcceptanceFields form={form} />
        </>
      )}
    </ChangeForm>
  );
}
