import { Agency } from '@marsoc/schema/vocabulary';
import { type Session } from '../api/types';
import { useGatewayChange } from '../api/useGatewayChange';
import { ChangeForm } from './ChangeForm';
import { createClientRequestId } from './createClientRequestId';
import { Field } from './Field';
import { ADD_AGENDA_ITEM, type MeetingView } from './meetingOperations';
import { optionalText, useFormValues } from './useFormValues';

/**
 * A member adds an agenda item (E526): a new nomination (PSF), a review, one
 * of the two priorities (TPM), or a covert item naming the agencies allowed
 * to know of it, the member's own among them.
 */
export function AgendaItemForm(props: {
  session: Session;
  meetingId: string;
  kinds: readonly string[];
  onAdded: (meeting: MeetingView) => void;
}) {
  const change = useGatewayChange<MeetingView>(props.session);
  const form = useFormValues({
    kind: props.kinds[0] ?? 'REVIEW',
    nominalId: '',
    title: '',
    knownToAgencies: [] as readonly string[],
  });
  const covert = form.values.kind === 'COVERT';
  const submit = () =>
    change.send(
      ADD_AGENDA_ITEM,
      {
        input: {
          meetingId: props.meetingId,
          kind: form.values.kind,
          nominalId: optionalText(form.values.nominalId),
          title: form.values.title.trim(),
          knownToAgencies: covert ? form.values.knownToAgencies : undefined,
          clientRequestId: createClientRequestId('agenda'),
        },
      },
      (meeting) => {
        form.reset();
        props.onAdded(meeting);
      },
    );
  return (
    <ChangeForm
      testId="agenda-form"
      title="Add an agenda item"
      submitLabel="Add to the agenda"
      change={change}
      onSubmit={submit}
    >
      <Field
        form={form}
        name="kind"
        label="Item"
        kind="select"
        choices={props.kinds}
      />
      <Field form={form} name="nominalId" label="Nominal (NOM-...)" />
      <Field form={form} name="title" label="Title" required />
      {covert && (
        <Field
          form={form}
          name="knownToAgencies"
          label="Agencies allowed to know of it"
          kind="checks"
          choices={Agency.values}
        />
      )}
    </ChangeForm>
  );
}
