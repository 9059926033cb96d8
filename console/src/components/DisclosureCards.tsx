import { useState } from 'preact/hooks';
import { type AgencyDisclosure } from '@marsoc/schema/wire';
import { type Caller, type Session } from '../api/types';
import { agencyName, humanise } from '../model/labels';
import { describeReason } from '../model/reasonWords';
import { findRequestOffer } from '../model/requestOffer';
import { RequestDisclosureForm } from './RequestDisclosureForm';

/** Who is looking at which nominal: what a request raised from a card needs. */
export interface RequestContext {
  session: Session;
  caller: Caller | undefined;
  nominalId: string;
}

/**
 * What one owner held back: a card per held category (it exists; here is whom
 * to ask, and a request to send) and a note per withheld category with the
 * reason in words (and a request where a grant could lift it). Nothing
 * neither confirmed nor denied ever reaches this report.
 */
export function DisclosureCards(props: {
  disclosure: AgencyDisclosure;
  request?: RequestContext;
}) {
  const { owner, held, withheld, reasons, routes, released, summarised } =
    props.disclosure;
  // A category can be released in part: some of its fields shown, others
  // (a caveated field, say) withheld. Say "part of" so the note does not
  // contradict what the page shows above it.
  const shownInPart = new Set([...released, ...summarised]);
  const why = reasons.map(describeReason).join(' ');
  return (
    <>
      {held.map((category) => (
        <div
          key={`held-${category}`}
          class="card held"
          data-testid="held-card"
          data-owner={owner}
          data-category={category}
        >
          <h4>
            {agencyName(owner)} holds {humanise(category)} information
          </h4>
          <p>{why}</p>
          {routes.map((route) => (
            <p key={route} class="route">
              How to ask: {route}
            </p>
          ))}
          <RequestAction {...props} kind="held" category={category} />
        </div>
      ))}
      {withheld.map((category) => (
        <div
          key={`withheld-${category}`}
          class="card withheld"
          data-testid="withheld-note"
          data-owner={owner}
          data-category={category}
        >
          <h4>
            {shownInPart.has(category) ? 'Part of ' : ''}
            {humanise(category)} from {agencyName(owner)} is not released to you
          </h4>
          <p>{why}</p>
          <RequestAction {...props} kind="withheld" category={category} />
        </div>
      ))}
    </>
  );
}

/** The card's request button, and its form once pressed. */
function RequestAction(props: {
  disclosure: AgencyDisclosure;
  request?: RequestContext;
  kind: 'held' | 'withheld';
  category: string;
}) {
  const [open, setOpen] = useState(false);
  const context = props.request;
  const operations = context
    ? findRequestOffer(props.disclosure, props.kind, context.session.purpose)
    : undefined;
  const owner = props.disclosure.owner;
  if (!context || !operations) {
    // A held category always says whom to ask, even where the console cannot.
    if (props.kind === 'withheld') return null;
    return (
      <>
        <button
          type="button"
          disabled
          aria-describedby={`held-note-${owner}-${props.category}`}
        >
          Request disclosure
        </button>
        <p class="note" id={`held-note-${owner}-${props.category}`}>
          The console does not raise this request (not yet to{' '}
          {agencyName(owner)}, or not for the purpose you declared); use the
          route above.
        </p>
      </>
    );
  }
  if (!open)
    return (
      <button
        type="button"
        data-testid="request-disclosure"
        onClick={() => setOpen(true)}
      >
        Request disclosure
      </button>
    );
  return (
    <RequestDisclosureForm
      session={context.session}
      caller={context.caller}
      operations={operations}
      subject={{
        owner,
        nominalId: context.nominalId,
        category: props.category,
      }}
    />
  );
}
