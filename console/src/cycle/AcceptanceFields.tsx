import { Field } from './Field';
import { LEAD_AGENCIES, PARTNER_AGENCIES } from './nominationOperations';
import { type FormValue, type FormValues } from './useFormValues';

/** What an acceptance onto the cohort names besides its SRO: the lead and supporting agencies, the objectives (E799, E201). */
export interface AcceptanceValues extends Record<string, FormValue> {
  leadAgency: string;
  supportingAgencies: readonly string[];
  strategicObjectives: string;
}

export function AcceptanceFields<Values extends AcceptanceValues>(props: {
  form: FormValues<Values>;
}) {
  return (
    <>
      <Field
        form={props.form}
        name="leadAgency"
        label="Lead agency"
        kind="select"
        choices={LEAD_AGENCIES}
      />
      <Field
        form={props.form}
        name="supportingAgencies"
        label="Supporting agencies"
        kind="checks"
        choices={PARTNER_AGENCIES}
      />
      <Field
        form={props.form}
        name="strategicObjectives"
        label="Strategic objectives (one a line)"
        kind="textarea"
      />
    </>
  );
}
