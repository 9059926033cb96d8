import { Agency } from '@marsoc/schema/vocabulary';
import { type Session } from '../api/types';
import { useGatewayChange } from '../api/useGatewayChange';
import { ChangeForm } from './ChangeForm';
import { createClientRequestId } from './createClientRequestId';
import {
  ASSESSMENTS,
  type DisruptionRecordView,
  FOUR_P,
  RECORD_DISRUPTION,
} from './disruptionOperations';
import { Field } from './Field';
import { useFormValues } from './useFormValues';

/**
 * A disruption recorded by a team without APMIS access or by HMPPS (E545,
 * E547), for the hub to moderate: the caller's agency records it and must
 * have led or supported it (seed 003 A:872).
 */
export function DisruptionRecordForm(props: {
  session: Session;
  callerAgency: string;
  onRecorded: (record: DisruptionRecordView) => void;
}) {
  const change = useGatewayChange<DisruptionRecordView>(props.session);
  const form = useFormValues({
    nominalId: '',
    date: '',
    leadAgency: props.callerAgency,
    supportingAgencies: [] as readonly string[],
    fourP: 'PURSUE',
    assessment: 'MODERATE',
    description: '',
    arrests: '0',
    marsocFlag: 'YES',
  });
  const { values } = form;
  const submit = () =>
    change.send(
      RECORD_DISRUPTION,
      {
        input: {
          nominalId: values.nominalId.trim(),
          date: values.date,
          leadAgency: values.leadAgency,
          supportingAgencies: values.supportingAgencies,
          fourP: values.fourP,
          assessment: values.assessment,
          description: values.description.trim(),
          arrests: Number(values.arrests),
          marsocFlag: values.marsocFlag === 'YES',
          clientRequestId: createClientRequestId('disruption'),
        },
      },
      (record) => {
        form.reset();
        props.onRecorded(record);
      },
    );
  return (
    <ChangeForm
      testId="disruption-form"
      title="Record a disruption"
      submitLabel="Record for moderation"
      change={change}
      onSubmit={submit}
    >
      <Field form={form} name="nominalId" label="Nominal (NOM-...)" required />
      <Field
        form={form}
        name="date"
        label="Date it happened"
        kind="date"
        required
      />
      <Field
        form={form}
        name="leadAgency"
        label="Lead agency"
        kind="select"
        choices={Agency.values}
      />
      <Field
        form={form}
        name="supportingAgencies"
        label="Supporting agencies"
        kind="checks"
        choices={Agency.values}
      />
      <Field
        form={form}
        name="fourP"
        label="P"
        kind="select"
        choices={FOUR_P}
      />
      <Field
        form={form}
        name="assessment"
        label="Assessment"
        kind="select"
        choices={ASSESSMENTS}
      />
      <Field
        form={form}
        name="description"
        label="Description"
        kind="textarea"
        required
      />
      <Field form={form} name="arrests" label="Arrests (0-500)" required />
      <Field
        form={form}
        name="marsocFlag"
        label="MARSOC work"
        kind="select"
        choices={[
          { value: 'YES', label: 'Yes: counts in MARSOC reporting' },
          { value: 'NO', label: 'No' },
        ]}
      />
    </ChangeForm>
  );
}
