import { type Caller } from '@marsoc/schema';

/** A person who can sign in at the test provider, and the claims it vouches for. */
export interface TestOidcAccount {
  username: string;
  password: string;
  claims: Caller;
}

/** A public client (no secret): the console, identified by its redirect URI. */
export interface TestOidcClient {
  clientId: string;
  redirectUri: string;
}

/** An authorisation request waiting for the user to sign in on the login page. */
export interface PendingAuthorization {
  client: TestOidcClient;
  state: string;
  scope: string;
  codeChallenge: string;
  expiresAt: number;
}

/** What an issued code is bound to: the token endpoint checks every part. */
export interface CodeGrant {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  scope: string;
  account: TestOidcAccount;
  expiresAt: number;
}

/** One call to the token endpoint, as the provider judged it. */
export interface TokenExchange {
  /** The browser's Origin header, when it sent one. */
  origin: string | undefined;
  /** 'issued', or the OAuth error the provider answered with. */
  outcome: string;
  /** The access token, when one was issued (tests look for it in storage). */
  accessToken?: string;
}
