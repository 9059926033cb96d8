import { type AgencyDisclosure } from '@marsoc/schema/wire';
import { agencyName, humanise } from '../model/labels';
import { describeReason } from '../model/reasonWords';

/**
 * What one owner held back: a card per held category (it exists; here is whom
 * to ask) and a note per withheld category with the reason in words. Nothing
 * neither confirmed nor denied ever reaches this report.
 */
export function DisclosureCards(props: { disclosure: AgencyDisclosure }) {
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
          <button
            type="button"
            disabled
            aria-describedby={`held-note-${owner}-${category}`}
          >
            Request disclosure
          </button>
          <p class="note" id={`held-note-${owner}-${category}`}>
            Disclosure requests will be made here once the disclosure-request
            workflow is in place; until then use the route above.
          </p>
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
        </div>
      ))}
    </>
  );
}
