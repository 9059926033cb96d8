import { useState } from 'preact/hooks';
import { type ConsoleConfig } from '@marsoc/schema/wire';
import { startOidcSignIn } from '../auth/oidcSignIn';
import { signInWithPersona } from '../auth/signInWithPersona';

/**
 * Sign-in: the organisation's identity provider when one is configured; with
 * the embedded development issuer, a picker of fictional personas (the
 * gateway offers it only then, never in production).
 */
export function SignIn(props: {
  config: ConsoleConfig;
  /** Why the last sign-in failed, when it came back from the provider refused. */
  problem?: string;
  onToken: (token: string) => void;
}) {
  const [problem, setProblem] = useState(props.problem ?? '');
  const { signIn, personas } = props.config;
  if (signIn.kind === 'oidc') {
    return (
      <section class="sign-in">
        <h2>Sign in</h2>
        <button
          type="button"
          data-testid="oidc-sign-in"
          onClick={() =>
            void startOidcSignIn(signIn).catch((error: Error) =>
              setProblem(error.message),
            )
          }
        >
          Sign in with your organisation
        </button>
        {problem && (
          <p class="errors" data-testid="sign-in-problem">
            {problem}
          </p>
        )}
      </section>
    );
  }
  if (signIn.kind !== 'development') {
    return (
      <section class="sign-in">
        <h2>Sign in</h2>
        <p>
          The console has no sign-in configured. Ask the system administrator to
          set CONSOLE_OIDC_*.
        </p>
      </section>
    );
  }
  return (
    <section class="sign-in" data-testid="persona-picker">
      <h2>Sign in as a development persona</h2>
      <p class="note">
        Development issuer in use: every persona is fictional, and this picker
        never exists in production.
      </p>
      <ul class="personas">
        {personas.map((persona) => (
          <li key={persona.handle}>
            <button
              type="button"
              data-testid={`persona-${persona.handle}`}
              onClick={() =>
                void signInWithPersona(persona.handle).then(
                  props.onToken,
                  (error: Error) => setProblem(error.message),
                )
              }
            >
              {persona.handle}
            </button>{' '}
            {persona.description} ({persona.agency}, {persona.roles.join(', ')})
          </li>
        ))}
      </ul>
      {problem && <p class="errors">{problem}</p>}
    </section>
  );
}
