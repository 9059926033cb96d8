import { type Random, type SupervisionStatus } from '@marsoc/platform';
import { type FourPCategory } from '../repository/apmisVocabulary';

/** Where a line makes sense: in prison, under probation supervision, or for anyone. */
type Setting = 'CUSTODY' | 'PROBATION' | 'ANY';

/**
 * Who carries the work out, and so leads it: HMPPS for what only prisons and
 * probation can do (cell searches and phone seizures, relocations, visit
 * restrictions, establishment security reviews, licence conditions, recalls,
 * release plans); police for warrants, seizures, arrests and Serious Crime
 * Prevention Orders, which police or the NCA apply for (Serious Crime Act 2007
 * s.8); APMIS does not show the NCA's part (seed 000 E404-E407).
 */
export type DisruptionLead = 'HMPPS' | 'POLICE';

/**
 * Wording for disruption records, after the examples seed 000 gives: "arrests and
 * recalls to prisons, warrants, relocation of prisoners, and confiscation of
 * mobile devices" (E230, E549). Generic on purpose: no place, person or
 * operation is named, so nothing here describes anything real.
 */
const WORDING: Readonly<
  Record<FourPCategory, readonly [Setting, string, DisruptionLead][]>
> = {
  PURSUE: [
    [
      'ANY',
      'Warrant executed at an address linked to the subject; cash and controlled drugs seized.',
      'POLICE',
    ],
    [
      'PROBATION',
      'Subject recalled to custody following a breach of licence conditions.',
      'HMPPS',
    ],
    [
      'CUSTODY',
      'Mobile telephone and SIM cards seized from the subject during a targeted cell search.',
      'HMPPS',
    ],
    [
      'ANY',
      'Vehicle linked to the subject seized under the Proceeds of Crime Act 2002.',
      'POLICE',
    ],
  ],
  PREVENT: [
    [
      'CUSTODY',
      'Subject relocated to another establishment to disrupt contact with associates.',
      'HMPPS',
    ],
    [
      'PROBATION',
      'Additional licence conditions approved restricting contact with named associates.',
      'HMPPS',
    ],
    [
      'CUSTODY',
      'Visits restricted following intelligence of attempts to convey items into custody.',
      'HMPPS',
    ],
    [
      'ANY',
      'Serious Crime Prevention Order application supported with partner evidence.',
      'POLICE',
    ],
  ],
  PROTECT: [
    [
      'ANY',
      "Safeguarding referral made for a young person linked to the subject's supply line.",
      'POLICE',
    ],
    [
      'CUSTODY',
      'Security measures reviewed at an establishment targeted for conveyancing.',
      'HMPPS',
    ],
  ],
  PREPARE: [
    [
      'CUSTODY',
      "Joint release plan agreed with partners ahead of the subject's release.",
      'HMPPS',
    ],
    [
      'ANY',
      "Contingency plan prepared for a change in the subject's circumstances.",
      'POLICE',
    ],
  ],
};

const ARREST_WORDING = {
  one: 'Subject arrested on suspicion of conspiracy to supply controlled drugs.',
  two: 'Subject and an associate arrested on suspicion of conspiracy to supply controlled drugs.',
} as const;

export interface DisruptionWording {
  description: string;
  lead: DisruptionLead;
}

/**
 * A description fitting the disruption's 4P strand, arrests and the nominal's
 * supervision, with the agency that leads it; `lead` asks for a line that
 * agency leads (what HMPPS records, it leads), when the strand has one.
 */
export function describeDisruption(
  random: Random,
  fourP: FourPCategory,
  arrests: number,
  supervision: SupervisionStatus,
  lead?: DisruptionLead,
): DisruptionWording {
  if (arrests >= 2) return { description: ARREST_WORDING.two, lead: 'POLICE' };
  if (arrests === 1) return { description: ARREST_WORDING.one, lead: 'POLICE' };
  // Every strand has lines for anyone, so an unsupervised nominal always has one.
  const fitting = WORDING[fourP].filter(
    ([applies]) => applies === 'ANY' || applies === supervision,
  );
  const led = fitting.filter(([, , by]) => by === lead);
  const [, description, by] = random.pick(led.length > 0 ? led : fitting);
  return { description, lead: by };
}
