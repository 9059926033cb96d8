import { type Random, type SupervisionStatus } from '@marsoc/platform';
import { type FourPCategory } from '../apmisVocabulary';

/** Where a line makes sense: in prison, under probation supervision, or for anyone. */
type Setting = 'CUSTODY' | 'PROBATION' | 'ANY';

/**
 * Wording for disruption records, after the examples seed 000 gives: "arrests and
 * recalls to prisons, warrants, relocation of prisoners, and confiscation of
 * mobile devices" (E230, E549). Generic on purpose: no place, person or
 * operation is named, so nothing here describes anything real.
 */
const WORDING: Readonly<Record<FourPCategory, readonly [Setting, string][]>> = {
  PURSUE: [
    [
      'ANY',
      'Warrant executed at an address linked to the subject; cash and controlled drugs seized.',
    ],
    [
      'PROBATION',
      'Subject recalled to custody following a breach of licence conditions.',
    ],
    [
      'CUSTODY',
      'Mobile telephone and SIM cards seized from the subject during a targeted cell search.',
    ],
    [
      'ANY',
      'Vehicle linked to the subject seized under the Proceeds of Crime Act 2002.',
    ],
  ],
  PREVENT: [
    [
      'CUSTODY',
      'Subject relocated to another establishment to disrupt contact with associates.',
    ],
    [
      'PROBATION',
      'Additional licence conditions approved restricting contact with named associates.',
    ],
    [
      'CUSTODY',
      'Visits restricted following intelligence of attempts to convey items into custody.',
    ],
    [
      'ANY',
      'Serious Crime Prevention Order application supported with partner evidence.',
    ],
  ],
  PROTECT: [
    [
      'ANY',
      "Safeguarding referral made for a young person linked to the subject's supply line.",
    ],
    [
      'CUSTODY',
      'Security measures reviewed at an establishment targeted for conveyancing.',
    ],
  ],
  PREPARE: [
    [
      'CUSTODY',
      "Joint release plan agreed with partners ahead of the subject's release.",
    ],
    [
      'ANY',
      "Contingency plan prepared for a change in the subject's circumstances.",
    ],
  ],
};

const ARREST_WORDING = {
  one: 'Subject arrested on suspicion of conspiracy to supply controlled drugs.',
  two: 'Subject and an associate arrested on suspicion of conspiracy to supply controlled drugs.',
} as const;

/** A description fitting the disruption's 4P strand, arrests and the nominal's supervision. */
export function describeDisruption(
  random: Random,
  fourP: FourPCategory,
  arrests: number,
  supervision: SupervisionStatus,
): string {
  if (arrests >= 2) return ARREST_WORDING.two;
  if (arrests === 1) return ARREST_WORDING.one;
  // Every strand has lines for anyone, so an unsupervised nominal always has one.
  const fitting = WORDING[fourP].filter(
    ([applies]) => applies === 'ANY' || applies === supervision,
  );
  return random.pick(fitting)[1];
}
