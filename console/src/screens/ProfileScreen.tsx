import { type ConsoleConfig, ErrorCode } from '@marsoc/schema/wire';
import { type Caller, type Session } from '../api/types';
import { ErrorList } from '../components/ErrorList';
import { ExportButtons } from '../components/ExportButtons';
import { MarkedPage } from '../components/MarkedPage';
import { ProfileSectionView } from '../components/ProfileSectionView';
import { SUBJECT_PROFILE_QUERY } from '../model/profileQuery';
import { groupProfileSections } from '../model/profileSections';
import { useGatewayQuery } from './useGatewayQuery';

/** The Subject Profile of one nominal: sections by agency, between banners. */
export function ProfileScreen(props: {
  config: ConsoleConfig;
  session: Session;
  caller: Caller | undefined;
  nominalId: string;
  onOpenNetwork: (id: string) => void;
}) {
  const result = useGatewayQuery<{ nominal: Record<string, unknown> | null }>(
    props.session,
    SUBJECT_PROFILE_QUERY,
    { id: props.nominalId },
  );
  if (!result) return <p role="status">Loading the Subject Profile...</p>;
  const nominal = result.data?.nominal ?? null;
  const agencies =
    result.extensions?.disclosure?.nominals.find(
      (entry) => entry.nominalId === props.nominalId,
    )?.agencies ?? [];
  const sections = nominal
    ? groupProfileSections(nominal, props.config.markings, agencies)
    : [];
  const withheldErrors = nominal
    ? (result.errors ?? []).filter(
        (error) => error.extensions?.code !== ErrorCode.WITHHELD,
      )
    : result.errors;
  return (
    <MarkedPage config={props.config} data={result.data}>
      <div class="profile" data-testid="profile">
        <header class="profile-header">
          <h2>Subject Profile: {props.nominalId}</h2>
          {nominal && (
            <div class="actions">
              <button
                type="button"
                data-testid="open-network"
                onClick={() => props.onOpenNetwork(props.nominalId)}
              >
                Open network
              </button>
              <ExportButtons
                session={props.session}
                nominalId={props.nominalId}
              />
            </div>
          )}
        </header>
        <ErrorList errors={withheldErrors} />
        {!nominal && !result.errors && (
          <p>No nominal with this id is on the master list.</p>
        )}
        {sections.map((section) => (
          <ProfileSectionView
            key={section.owner}
            section={section}
            config={props.config}
            request={{
              session: props.session,
              caller: props.caller,
              nominalId: props.nominalId,
            }}
          />
        ))}
      </div>
    </MarkedPage>
  );
}
