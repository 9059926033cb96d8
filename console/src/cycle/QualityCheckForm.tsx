import { type Session } from '../api/types';
import { useGatewayChange } from '../api/useGatewayChange';
import { ChangeForm } from './ChangeForm';
import { createClientRequestId } from './createClientRequestId';
import { Field } from './Field';
import { CHECK_QUALITY, QUALITY_RETURN_REASONS } from './nominationOperations';
import { optionalText, useFormValues } from './useFormValues';

/** The hub's quality check before a nomination goes to the PSF: pass, or return with reasons (E778, E783). */
export function QualityCheckForm(props: {
  session: Session;
  nominalId: string;
  onChecked: () => void;
}) {
  const change = useGatewayChange<unknown>(props.session);
  const form = useFormValues({
    outcome: 'PASS',
    reasons: [] as readonly string[],
    note: '',
  });
  const returning = form.values.outcome === 'RETURN';
  const submit = () =>
    change.send(
      CHECK_QUALITY,
      {
        input: {
          nominalId: props.nominalId,
          outcome: form.values.outcome,
          ...(returning && {
            reasons: form.values.reasons,
            note: optionalText(form.values.note),
          }),
          clientRequestId: createClientRequestId('quality'),
        },
      },
      props.onChecked,
    );
  return (
    <ChangeForm
      testId="quality-check-form"
      title="Quality check (hub)"
      submitLabel="Record the check"
      change={change}
      onSubmit={submit}
    >
      <Field
        form={form}
        name="outcome"
        label="Outcome"
        kind="select"
        choices={[
          { value: 'PASS', label: 'Pass: goes forward to the PSF' },
          { value: 'RETURN', label: 'Return to the nominator' },
        ]}
      />
      {returning && (
        <>
          <Field
            form={form}
            name="reasons"
            label="Reasons"
            kind="checks"
            choices={QUALITY_RETURN_REASONS}
          />
          <Field
            form={form}
            name="note"
            label="What is missing"
            kind="textarea"
          />
        </>
      )}
    </ChangeForm>
  );
}
