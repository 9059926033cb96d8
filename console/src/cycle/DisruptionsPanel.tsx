import { useState } from 'preact/hooks';
import { type ConsoleConfig } from '@marsoc/schema/wire';
import { type Caller, type Session } from '../api/types';
import { ErrorList } from '../components/ErrorList';
import { MarkedPage } from '../components/MarkedPage';
import { humanise } from '../model/labels';
import { useGatewayQuery } from '../screens/useGatewayQuery';
import {
  DISRUPTION_RECORDS_QUERY,
  type DisruptionRecordView,
  MODERATE_DISRUPTION,
  RECORD_STATUSES,
} from './disruptionOperations';
import { DisruptionRecordForm } from './DisruptionRecordForm';
import { ReasonedDecisionForm } from './ReasonedDecisionForm';

/**
 * Disruptions recorded through the gateway for a region (E545-E549): the
 * form to record one, and the records by status, the ones awaiting
 * moderation first, which the region's lead moderates or rejects.
 */
export function DisruptionsPanel(props: {
  config: ConsoleConfig;
  session: Session;
  caller: Caller;
  region: string;
}) {
  const [status, setStatus] = useState('RECORDED');
  const [version, setVersion] = useState(0);
  const reload = () => setVersion(version + 1);
  const result = useGatewayQuery<{
    disruptionRecords: DisruptionRecordView[] | null;
  }>(
    props.session,
    DISRUPTION_RECORDS_QUERY,
    { region: props.region, status },
    version,
  );
  const records = result?.data?.disruptionRecords;
  const lead = props.caller.roles.includes('REGIONAL_LEAD');
  return (
    <MarkedPage config={props.config} data={result?.data}>
      <section data-testid="disruptions">
        <DisruptionRecordForm
          session={props.session}
          callerAgency={props.caller.agency}
          onRecorded={reload}
        />
        <h3>Disruption records of {props.region}</h3>
        <label>
          Status
          <select
            name="recordStatus"
            value={status}
            onChange={(event) =>
              setStatus((event.target as HTMLSelectElement).value)
            }
          >
            {RECORD_STATUSES.map((each) => (
              <option key={each} value={each}>
                {humanise(each)}
              </option>
            ))}
          </select>
        </label>
        {!result && <p role="status">Loading...</p>}
        <ErrorList errors={result?.errors} />
        {records?.length === 0 && (
          <p data-testid="no-records">No record of this status.</p>
        )}
        {(records ?? []).map((record, index) => (
          <article
            key={record.id ?? index}
            class="card"
            data-testid="disruption-record"
            data-record={record.id}
            data-status={record.status}
          >
            <p>
              <strong>{record.id}</strong> ({record.status}):{' '}
              {record.nominal?.id}, {record.date} (recorded {record.recordedOn}
              ), {record.fourP} {record.assessment}, led by {record.leadAgency}
              {record.supportingAgencies?.length
                ? ` with ${record.supportingAgencies.join(', ')}`
                : ''}
              , recorded by {record.recordingAgency}; {record.arrests} arrests;
              MARSOC {record.marsocFlag ? 'yes' : 'no'}
            </p>
            <p>{record.description}</p>
            {record.disruption && <p>On APMIS as {record.disruption.id}</p>}
            {record.rejectionReason && (
              <p>Rejected: {record.rejectionReason}</p>
            )}
            {lead && record.id && record.status === 'RECORDED' && (
              <ReasonedDecisionForm
                session={props.session}
                mutation={MODERATE_DISRUPTION}
                idField="recordId"
                id={record.id}
                choices={[
                  { value: 'MODERATE', label: 'Moderate onto APMIS' },
                  { value: 'REJECT', label: 'Reject' },
                ]}
                submitLabel="Record the moderation"
                onDecided={reload}
              />
            )}
          </article>
        ))}
      </section>
    </MarkedPage>
  );
}
