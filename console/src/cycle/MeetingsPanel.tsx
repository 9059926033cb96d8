import { useState } from 'preact/hooks';
import { type ConsoleConfig } from '@marsoc/schema/wire';
import { type Caller, type Session } from '../api/types';
import { ErrorList } from '../components/ErrorList';
import { MarkedPage } from '../components/MarkedPage';
import { useGatewayQuery } from '../screens/useGatewayQuery';
import { MeetingDetail } from './MeetingDetail';
import { MEETINGS_QUERY, type MeetingView } from './meetingOperations';
import { ScheduleMeetingForm } from './ScheduleMeetingForm';
import { Shown } from './Shown';

/**
 * A region's PSF and TPM of one cycle (seed 000 E494-E514): listed, scheduled
 * by the Regional Lead who chairs them, and opened one at a time.
 */
export function MeetingsPanel(props: {
  config: ConsoleConfig;
  session: Session;
  caller: Caller;
  region: string;
  cycle: number;
}) {
  const [openId, setOpenId] = useState<string | undefined>();
  const [version, setVersion] = useState(0);
  const result = useGatewayQuery<{ meetings: MeetingView[] | null }>(
    props.session,
    MEETINGS_QUERY,
    { region: props.region, cycle: props.cycle },
    version,
  );
  const meetings = result?.data?.meetings;
  if (openId)
    return (
      <MeetingDetail
        session={props.session}
        caller={props.caller}
        meetingId={openId}
        onBack={() => {
          setOpenId(undefined);
          setVersion(version + 1);
        }}
        config={props.config}
      />
    );
  return (
    <MarkedPage config={props.config} data={result?.data}>
      <section data-testid="meetings">
        <h3>
          Meetings of {props.region}, cycle {props.cycle}
        </h3>
        {!result && <p role="status">Loading...</p>}
        <ErrorList errors={result?.errors} />
        {meetings?.length === 0 && (
          <p data-testid="no-meetings">
            No meeting of this cycle that you may see.
          </p>
        )}
        {meetings && meetings.length > 0 && (
          <table class="records" data-testid="meeting-list">
            <thead>
              <tr>
                <th>Meeting</th>
                <th>Kind</th>
                <th>Date</th>
                <th>Status</th>
                <th>Chair</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {meetings.map((meeting, index) => (
                <tr key={meeting.id ?? index} data-kind={meeting.kind}>
                  <td>{meeting.id}</td>
                  <td>{meeting.kind}</td>
                  <td>{meeting.date}</td>
                  <td>{meeting.status}</td>
                  <td>
                    <Shown
                      value={meeting.chair?.name}
                      errors={result?.errors}
                      path={['meetings', index, 'chair']}
                    />
                  </td>
                  <td>
                    {meeting.id && (
                      <button
                        type="button"
                        data-testid={`open-meeting-${meeting.kind ?? ''}`}
                        onClick={() => setOpenId(meeting.id ?? undefined)}
                      >
                        Open
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {props.caller.roles.includes('REGIONAL_LEAD') && (
          <ScheduleMeetingForm
            session={props.session}
            region={props.region}
            cycle={props.cycle}
            onScheduled={(meeting) => {
              setVersion(version + 1);
              if (meeting.id) setOpenId(meeting.id);
            }}
          />
        )}
      </section>
    </MarkedPage>
  );
}
