import { useEffect, useState } from 'preact/hooks';
import { fetchConsoleConfig } from './api/fetchConsoleConfig';
import { queryGateway } from './api/queryGateway';
import { type ConsoleConfig } from '@marsoc/schema/wire';
import { type Caller, type Session } from './api/types';
import { completeOidcSignIn } from './auth/oidcSignIn';
import { Header, type Screen } from './components/Header';
import { PurposeForm } from './components/PurposeForm';
import { SignIn } from './components/SignIn';
import { AlertsScreen } from './screens/AlertsScreen';
import { AuditScreen } from './screens/AuditScreen';
import { CohortScreen } from './screens/CohortScreen';
import { CycleScreen } from './screens/CycleScreen';
import { DisclosureQueueScreen } from './screens/DisclosureQueueScreen';
import { GrantsScreen } from './screens/GrantsScreen';
import { MyRequestsScreen } from './screens/MyRequestsScreen';
import { NetworkScreen } from './screens/NetworkScreen';
import { PerformanceScreen } from './screens/PerformanceScreen';
import { ProfileScreen } from './screens/ProfileScreen';
import { SearchScreen } from './screens/SearchScreen';
import { useAlertInbox } from './screens/useAlertInbox';

type View =
  | { screen: Screen }
  | { screen: 'profile'; nominalId: string }
  | { screen: 'network'; nominalId: string };

const ME_QUERY = `query Me { me { name agency unit regions roles vetting maxClassification } }`;

/**
 * The console: settings, sign-in, the declared purpose, then the screens.
 * The token lives in this component's state and nowhere else: a reload signs
 * the analyst out.
 */
export function App() {
  const [config, setConfig] = useState<ConsoleConfig | undefined>();
  const [problem, setProblem] = useState('');
  const [signInProblem, setSignInProblem] = useState('');
  const [token, setToken] = useState<string | undefined>();
  const [session, setSession] = useState<Session | undefined>();
  const [caller, setCaller] = useState<Caller | undefined>();
  const [askingPurpose, setAskingPurpose] = useState(false);
  const [view, setView] = useState<View>({ screen: 'search' });
  // Open while signed in with a declared purpose; closed on sign-out.
  const inbox = useAlertInbox(askingPurpose ? undefined : session);

  useEffect(() => {
    fetchConsoleConfig()
      .then(async (loaded) => {
        // A return from the provider is finished before the console shows,
        // so a refused one lands on the sign-in page with the reason.
        if (loaded.signIn.kind === 'oidc') {
          await completeOidcSignIn(loaded.signIn).then(
            (returned) => {
              if (returned) setToken(returned);
            },
            (error: Error) => setSignInProblem(error.message),
          );
        }
        setConfig(loaded);
      })
      .catch((error: Error) => setProblem(error.message));
  }, []);

  useEffect(() => {
    if (!session) return;
    queryGateway<{ me: Caller | null }>(session, ME_QUERY).then(
      (result) => setCaller(result.data?.me ?? undefined),
      () => setCaller(undefined),
    );
  }, [session?.token]);

  if (problem) return <p class="errors">{problem}</p>;
  if (!config) return <p role="status">Loading the console...</p>;
  if (!token)
    return (
      <SignIn config={config} problem={signInProblem} onToken={setToken} />
    );
  if (!session || askingPurpose) {
    return (
      <PurposeForm
        config={config}
        initial={session}
        onCancel={session ? () => setAskingPurpose(false) : undefined}
        onDeclare={(purpose, justification) => {
          setSession({ token, purpose, justification });
          setAskingPurpose(false);
        }}
      />
    );
  }
  const open = (nominalId: string) => setView({ screen: 'profile', nominalId });
  return (
    <div class="app">
      <Header
        session={session}
        caller={caller}
        unreadAlerts={inbox.unread}
        onNavigate={(screen) => setView({ screen })}
        onChangePurpose={() => setAskingPurpose(true)}
        onSignOut={() => {
          setToken(undefined);
          setSession(undefined);
          setCaller(undefined);
          setView({ screen: 'search' });
        }}
      />
      <main>
        {view.screen === 'search' && (
          <SearchScreen config={config} session={session} onOpen={open} />
        )}
        {view.screen === 'profile' && (
          <ProfileScreen
            config={config}
            session={session}
            caller={caller}
            nominalId={view.nominalId}
            onOpenNetwork={(nominalId) =>
              setView({ screen: 'network', nominalId })
            }
          />
        )}
        {view.screen === 'network' && (
          <NetworkScreen
            config={config}
            session={session}
            nominalId={view.nominalId}
            onOpen={open}
          />
        )}
        {view.screen === 'requests' && caller && (
          <MyRequestsScreen
            config={config}
            session={session}
            caller={caller}
            onOpen={open}
          />
        )}
        {view.screen === 'queue' && caller && (
          <DisclosureQueueScreen
            config={config}
            session={session}
            caller={caller}
          />
        )}
        {view.screen === 'cohort' && caller && (
          <CohortScreen
            config={config}
            session={session}
            caller={caller}
            onOpen={open}
          />
        )}
        {view.screen === 'grants' && (
          <GrantsScreen config={config} session={session} />
        )}
        {view.screen === 'audit' && (
          <AuditScreen config={config} session={session} />
        )}
        {view.screen === 'performance' && (
          <PerformanceScreen config={config} session={session} />
        )}
        {view.screen === 'cycle' && caller && (
          <CycleScreen config={config} session={session} caller={caller} />
        )}
        {view.screen === 'alerts' && (
          <AlertsScreen config={config} inbox={inbox} onOpen={open} />
        )}
      </main>
    </div>
  );
}
