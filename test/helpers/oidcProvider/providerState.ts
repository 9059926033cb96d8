import {
  type CodeGrant,
  type PendingAuthorization,
  type TestOidcAccount,
  type TestOidcClient,
  type TokenExchange,
} from './types';

/** What the provider remembers between requests, all in memory. */
export interface ProviderState {
  issuer: string;
  clients: ReadonlyMap<string, TestOidcClient>;
  accounts: ReadonlyMap<string, TestOidcAccount>;
  pending: Map<string, PendingAuthorization>;
  codes: Map<string, CodeGrant>;
  exchanges: TokenExchange[];
}

export function createProviderState(
  issuer: string,
  clients: readonly TestOidcClient[],
  accounts: readonly TestOidcAccount[],
): ProviderState {
  return {
    issuer,
    clients: new Map(clients.map((client) => [client.clientId, client])),
    accounts: new Map(accounts.map((account) => [account.username, account])),
    pending: new Map(),
    codes: new Map(),
    exchanges: [],
  };
}
