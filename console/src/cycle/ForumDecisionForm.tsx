import { Region } from '@marsoc/schema/vocabulary';
import { type Session } from '../api/types';
import { useGatewayChange } from '../api/useGatewayChange';
import { ChangeForm } from './ChangeForm';
import { createClientRequestId } from './createClientRequestId';
import { AcceptanceFields } from './AcceptanceFields';
import { Field } from './Field';
import { type MeetingView, RECORD_FORUM_DECISION } from './meetingOperations';
import { optionalText, readLines, useFormValues } from './useFormValues';

/**
 * The chair records a PSF decision on a nomination on the agenda (E794-E804)
 * with the members present: the forum checks the quorum (the register's
 * forumQuorum) and that the SRO named on acceptance is an SC-vetted member
 * (E793), and refuses in its own words otherwise.
 */
export function ForumDecisionForm(props: {
  session: Session;
  meeting: MeetingView & { id: string };
  onDecided: () => void;
}) {
  const { meeting } = props;
  const change = useGatewayChange<unknown>(props.session);
  const nominals = [
    ...new Set(
      (meeting.agenda ?? []).flatMap((item) =>
        item.nominal ? [item.nominal.id] : [],
      ),
    ),
  ];
  const officers = (meeting.members ?? []).flatMap((member) =>
    member.sub
      ? [{ value: member.sub, label: `${member.name} (${member.vetting})` }]
      : [],
  );
  const form = useFormValues({
    nominalId: nominals[0] ?? '',
    decision: 'ACCEPT',
    reason: '',
    leadAgency: 'POLICE',
    supportingAgencies: [] as readonly string[],
    strategicObjectives: '',
    redirectToRegion: Region.values[0] ?? '',
    seniorResponsibleOfficerSub: officers[0]?.value ?? '',
  });
  const { decision } = form.values;
  const accepting = decision === 'ACCEPT';
  const submit = () =>
    change.send(
      RECORD_FORUM_DECISION,
      {
        input: {
          meetingId: meeting.id,
          nominalId: form.values.nominalId,
          decision,
          cycle: meeting.cycle,
          reason: optionalText(form.values.reason),
          ...(accepting && {
            leadAgency: form.values.leadAgency,
            supportingAgencies: form.values.supportingAgencies,
            strategicObjectives: readLines(form.values.strategicObjectives),
            seniorResponsibleOfficerSub:
              form.values.seniorResponsibleOfficerSub,
          }),
          ...(decision === 'REDIRECT' && {
            redirectToRegion: form.values.redirectToRegion,
          }),
          clientRequestId: createClientRequestId('forum-decision'),
        },
      },
      props.onDecided,
    );
  return (
    <ChangeForm
      testId="forum-decision-form"
      title="Record the forum's decision"
      submitLabel="Record the decision"
      change={change}
      onSubmit={submit}
    >
      <Field
        form={form}
        name="nominalId"
        label="Nomination on the agenda"
        kind="select"
        choices={nominals.map((id) => ({ value: id, label: id }))}
      />
      <Field
        form={form}
        name="decision"
        label="Decision"
        kind="select"
        choices={['ACCEPT', 'DECLINE', 'DEFER', 'REDIRECT']}
      />
      <Field form={form} name="reason" label="Reason" kind="textarea" />
      {accepting && (
        <>
          <Field
            form={form}
            name="seniorResponsibleOfficerSub"
            label="Senior Responsible Officer (a member, SC or above)"
            kind="select"
            choices={officers}
          />
          <AcceptanceFields form={form} />
        </>
      )}
      {decision === 'REDIRECT' && (
        <Field
          form={form}
          name="redirectToRegion"
          label="Redirect to"
          kind="select"
          choices={Region.values}
        />
      )}
    </ChangeForm>
  );
}
