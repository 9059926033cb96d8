import { useState } from 'preact/hooks';
import { type ConsoleConfig } from '@marsoc/schema/wire';
import { type Session } from '../api/types';
import { ErrorList } from '../components/ErrorList';
import { MarkedPage } from '../components/MarkedPage';
import { NominalIdForm } from '../components/NominalIdForm';
import { ValueView } from '../components/ValueView';
import { useGatewayQuery } from './useGatewayQuery';

const GRANTS_QUERY = /* GraphQL */ `
  query DisclosureGrants($nominalId: ID!) {
    disclosureGrants(nominalId: $nominalId) {
      __typename
      id
      owner
      category
      recipient
      purpose
      legalBasis
      grantedBy
      grantedAt
      expiresAt
      revokedAt
      revocationReason
      regions
      units
    }
  }
`;

/** A disclosure officer's view of the grants their agency recorded for a nominal. */
export function GrantsScreen(props: {
  config: ConsoleConfig;
  session: Session;
}) {
  const [nominalId, setNominalId] = useState<string | undefined>();
  const result = useGatewayQuery<{ disclosureGrants: unknown[] | null }>(
    props.session,
    GRANTS_QUERY,
    nominalId ? { nominalId } : undefined,
  );
  return (
    <MarkedPage config={props.config} data={result?.data}>
      <h2>Disclosure grants</h2>
      <NominalIdForm submitLabel="Show grants" onSubmit={setNominalId} />
      <ErrorList errors={result?.errors} />
      {result?.data?.disclosureGrants && (
        <div data-testid="grants">
          <ValueView value={result.data.disclosureGrants} />
        </div>
      )}
    </MarkedPage>
  );
}
