import { type ComponentChildren } from 'preact';
import { type GraphQLErrorView } from '../api/types';
import { ErrorList } from '../components/ErrorList';

/**
 * The frame every cycle form shares: a heading, its fields, one submit
 * button that waits while the change is in flight, and the gateway's refusal
 * in its own words under it.
 */
export function ChangeForm(props: {
  testId: string;
  title: string;
  submitLabel: string;
  /** The change in flight, and the gateway's last refusal. */
  change: { sending: boolean; errors: GraphQLErrorView[] | undefined };
  onSubmit: () => void;
  children: ComponentChildren;
}) {
  return (
    <form
      class="card cycle-form"
      data-testid={props.testId}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <h4>{props.title}</h4>
      {props.children}
      <button type="submit" disabled={props.change.sending}>
        {props.change.sending ? 'Sending...' : props.submitLabel}
      </button>
      <ErrorList errors={props.change.errors} />
    </form>
  );
}
