import { type Session } from '../api/types';
import { useGatewayChange } from '../api/useGatewayChange';
import { ChangeForm } from './ChangeForm';
import { createClientRequestId } from './createClientRequestId';
import { Field } from './Field';
import {
  MANDATORY_CRITERIA,
  NOMINATE,
  NOMINATE_IN_EMERGENCY,
  OTHER_CRITERIA,
  SUPERVISION_STATUSES,
} from './nominationOperations';
import { useFormValues } from './useFormValues';

/**
 * A nomination to the region's hub for a cycle (E777), or an emergency one
 * between PSFs with why it cannot wait (E528-E530), which the chair decides.
 */
export function NominationForm(props: {
  session: Session;
  region: string;
  cycle: number;
  onNominated: (nominalId: string) => void;
}) {
  const change = useGatewayChange<unknown>(props.session);
  const form = useFormValues({
    nominalId: '',
    route: 'ORDINARY',
    supervisionStatus: 'CUSTODY',
    mandatoryCriteriaMet: [] as readonly string[],
    otherCriteriaMet: [] as readonly string[],
    reason: '',
  });
  const emergency = form.values.route === 'EMERGENCY';
  const submit = () => {
    const nominalId = form.values.nominalId.trim();
    const nomination = {
      nominalId,
      region: props.region,
      cycle: props.cycle,
      supervisionStatus: form.values.supervisionStatus,
      mandatoryCriteriaMet: form.values.mandatoryCriteriaMet,
      otherCriteriaMet: form.values.otherCriteriaMet,
    };
    change.send(
      emergency ? NOMINATE_IN_EMERGENCY : NOMINATE,
      {
        input: emergency
          ? {
              ...nomination,
              reason: form.values.reason.trim(),
              clientRequestId: createClientRequestId('emergency'),
            }
          : nomination,
      },
      () => {
        form.reset();
        props.onNominated(nominalId);
      },
    );
  };
  return (
    <ChangeForm
      testId="nomination-form"
      title={`Nominate to ${props.region} for cycle ${props.cycle}`}
      submitLabel="Nominate"
      change={change}
      onSubmit={submit}
    >
      <Field form={form} name="nominalId" label="Nominal (NOM-...)" required />
      <Field
        form={form}
        name="route"
        label="Route"
        kind="select"
        choices={[
          { value: 'ORDINARY', label: 'To the next PSF' },
          { value: 'EMERGENCY', label: 'Emergency: cannot wait for the PSF' },
        ]}
      />
      <Field
        form={form}
        name="supervisionStatus"
        label="Supervision"
        kind="select"
        choices={SUPERVISION_STATUSES}
      />
      <Field
        form={form}
        name="mandatoryCriteriaMet"
        label="Mandatory criteria met (at least one)"
        kind="checks"
        choices={MANDATORY_CRITERIA}
      />
      <Field
        form={form}
        name="otherCriteriaMet"
        label="Other criteria met"
        kind="checks"
        choices={OTHER_CRITERIA}
      />
      {emergency && (
        <Field
          form={form}
          name="reason"
          label="Why it cannot wait"
          kind="textarea"
          required
        />
      )}
    </ChangeForm>
  );
}
