import { useState } from 'preact/hooks';
import { type ConsoleConfig } from '@marsoc/schema/wire';
import { type Caller, type Session } from '../api/types';
import { useGatewayChange } from '../api/useGatewayChange';
import { ErrorList } from '../components/ErrorList';
import { MarkedPage } from '../components/MarkedPage';
import { useGatewayQuery } from '../screens/useGatewayQuery';
import { AgendaItemForm } from './AgendaItemForm';
import { AttendanceForm } from './AttendanceForm';
import { createClientRequestId } from './createClientRequestId';
import { ForumDecisionForm } from './ForumDecisionForm';
import { ForumPackButtons } from './ForumPackButtons';
import {
  CLOSE_MEETING,
  MEETING_QUERY,
  type MeetingView,
} from './meetingOperations';
import { MeetingRecord } from './MeetingRecord';
import { TpmAssignmentForm } from './TpmAssignmentForm';

const AGENDA_KINDS: Record<string, string[]> = {
  PSF: ['NEW_NOMINATION', 'REVIEW', 'COVERT'],
  TPM: ['REVIEW', 'PRIORITY', 'COVERT'],
};

/**
 * One meeting: its record, my forum pack, and while it is open the chair's
 * and members' forms. The forms are offered by role; the gateway decides
 * (only the chair records attendance, decisions and the close) and its
 * refusal shows beside the form.
 */
export function MeetingDetail(props: {
  config: ConsoleConfig;
  session: Session;
  caller: Caller;
  meetingId: string;
  onBack: () => void;
}) {
  const [version, setVersion] = useState(0);
  const reload = () => setVersion(version + 1);
  const result = useGatewayQuery<{ meeting: MeetingView | null }>(
    props.session,
    MEETING_QUERY,
    { id: props.meetingId },
    version,
  );
  const closing = useGatewayChange<MeetingView>(props.session);
  const meeting = result?.data?.meeting;
  const lead = props.caller.roles.includes('REGIONAL_LEAD');
  const open = meeting?.status === 'SCHEDULED';
  return (
    <MarkedPage config={props.config} data={result?.data}>
      <section data-testid="meeting" data-status={meeting?.status}>
        <button
          type="button"
          data-testid="back-to-meetings"
          onClick={props.onBack}
        >
          Back to the meetings
        </button>
        {!result && <p role="status">Loading the meeting...</p>}
        <ErrorList errors={result?.errors} />
        {result && !meeting && !result.errors && (
          <p>There is no meeting {props.meetingId} that you may see.</p>
        )}
        {meeting?.id && (
          <>
            <h3 data-testid="meeting-title">
              {meeting.kind} {meeting.id}, {meeting.region} cycle{' '}
              {meeting.cycle}, {meeting.date}: {meeting.status}
            </h3>
            <ForumPackButtons session={props.session} meetingId={meeting.id} />
            <MeetingRecord meeting={meeting} errors={result?.errors} />
            {open && lead && meeting.members && (
              <AttendanceForm
                key={`attendance-${version}`}
                session={props.session}
                meetingId={meeting.id}
                members={meeting.members}
                onRecorded={reload}
              />
            )}
            {open && (
              <AgendaItemForm
                session={props.session}
                meetingId={meeting.id}
                kinds={AGENDA_KINDS[meeting.kind ?? ''] ?? []}
                onAdded={reload}
              />
            )}
            {open && lead && meeting.kind === 'PSF' && (
              <ForumDecisionForm
                key={`decision-${version}`}
                session={props.session}
                meeting={{ ...meeting, id: meeting.id }}
                onDecided={reload}
              />
            )}
            {open && meeting.kind === 'TPM' && (
              <TpmAssignmentForm
                session={props.session}
                meeting={{ ...meeting, id: meeting.id }}
              />
            )}
            {open && lead && (
              <div class="card" data-testid="close-meeting">
                <button
                  type="button"
                  disabled={closing.sending}
                  onClick={() =>
                    closing.send(
                      CLOSE_MEETING,
                      {
                        input: {
                          meetingId: meeting.id,
                          clientRequestId: createClientRequestId('close'),
                        },
                      },
                      reload,
                    )
                  }
                >
                  Close the meeting
                </button>
                <ErrorList errors={closing.errors} />
              </div>
            )}
          </>
        )}
      </section>
    </MarkedPage>
  );
}
