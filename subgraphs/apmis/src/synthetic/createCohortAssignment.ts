import {
  type CriminalityTheme,
  createRandom,
  type Random,
  socUnitOf,
  SURNAMES,
  type SyntheticNominal,
  THEMES,
  WELL_KNOWN_NOMINAL_ID,
} from '@marsoc/platform';
import { type Agency } from '@marsoc/schema';
import { type DeselectionReason } from '../repository/cohortVocabulary';

/** What the PSF settled for a selected nomination, and why a deselected one left. */
export interface CohortAssignment {
  seniorResponsibleOfficer: string | null;
  leadAgency: Agency | null;
  supportingAgencies: Agency[];
  strategicObjectives: string[];
  plan: FourPPlan | null;
  deselectionReason: DeselectionReason | null;
  deselectionRationale: string | null;
}

export interface FourPPlan {
  pursue: string[];
  prevent: string[];
  protect: string[];
  prepare: string[];
}

/**
 * Current nominations seeded with no SRO (and so no 4P plan, which the SRO
 * completes, seed 000 E806). The evaluation counts "nominals without an
 * assigned SRO" (E799) and reports SROs who disengaged (E500-E502), but gives
 * no figure: two of the 42 is a project-defined "small number".
 */
export const CURRENT_WITHOUT_SRO = 2;

/** The current nominations (other than NOM-00001) left without an SRO, chosen once per seed. */
export function pickNominationsWithoutSro(
  population: readonly SyntheticNominal[],
  seed: string,
): ReadonlySet<string> {
  const current = population.filter(
    (nominal) =>
      nominal.nomination?.outcome === 'CURRENT' &&
      nominal.id !== WELL_KNOWN_NOMINAL_ID,
  );
  const random = createRandom(`${seed}:apmis:without-sro`);
  return new Set(
    random
      .shuffle(current)
      .slice(0, CURRENT_WITHOUT_SRO)
      .map((nominal) => nominal.id),
  );
}

/**
 * Why nominals left the cohort: the threat level and resource (seed 000 E822),
 * limited intelligence (E484) and no longer meeting the criteria (E486). The
 * weights are project-defined; every deselection has one.
 */
// prettier-ignore
const DESELECTION_REASONS: readonly DeselectionReason[] = [
  'THREAT_LEVEL_REDUCED', 'THREAT_LEVEL_REDUCED', 'CRITERIA_NO_LONGER_MET', 'CRITERIA_NO_LONGER_MET',
  'CRITERIA_NO_LONGER_MET', 'LACK_OF_INTELLIGENCE', 'LACK_OF_INTELLIGENCE', 'INSUFFICIENT_RESOURCE',
];

const RATIONALES: Readonly<Record<DeselectionReason, string>> = {
  THREAT_LEVEL_REDUCED:
    'Threat reassessed at the PSF as reduced following disruption; managed by business as usual.',
  INSUFFICIENT_RESOURCE:
    'Partners could not commit resource to the plan this cycle; to be reconsidered for renomination.',
  LACK_OF_INTELLIGENCE:
    'No new intelligence for two cycles; partners to alert the hub if any arises.',
  CRITERIA_NO_LONGER_MET:
    'No longer meets the nomination criteria; could be renominated if activity resumes.',
  OTHER: 'Deselected at the PSF.',
};

/**
 * The SRO is a mid-level officer "within the nominating organisation" (seed
 * 000 E793), so police and HMPPS, the commonest nominators, supply most SROs
 * (E228). Names are fictional.
 */
function nameSro(
  random: Random,
  agency: Agency,
  nominal: SyntheticNominal,
): string {
  const surname = random.pick(SURNAMES);
  switch (agency) {
    case 'POLICE':
      return `DCI ${surname}, ${socUnitOf(nominal.region)}`;
    case 'HMPPS':
      return nominal.custody && nominal.supervision === 'CUSTODY'
        ? `Head of Security ${surname}, ${nominal.custody.establishment}`
        : `Senior Probation Officer ${surname}, Probation Service`;
    case 'NCA':
      return `Senior Investigating Officer ${surname}, National Crime Agency`;
    case 'HMRC':
      return `Senior Investigating Officer ${surname}, HMRC Fraud Investigation Service`;
    case 'DWP':
      return `Senior Investigator ${surname}, DWP Counter Fraud`;
    case 'MARSOC':
      return `Regional Lead ${surname}, MARSOC`;
  }
}

/** A 4P plan for the nominal's own criminality (the 4P strands, seed 000 E549, E806). */
function planFor(theme: CriminalityTheme, inCustody: boolean): FourPPlan {
  const area = THEMES[theme].apmisThreatArea.toLowerCase();
  return {
    pursue: [`Gather evidence of the subject's ${area} for prosecution.`],
    prevent: [
      inCustody
        ? 'Restrict the subject’s contact with associates from custody.'
        : 'Seek licence conditions or an order restricting the subject’s associations.',
    ],
    protect: [`Safeguard people exploited by the subject's ${area}.`],
    prepare: inCustody
      ? ['Agree a joint release plan with partners.']
      : ['Plan for a change in the subject’s circumstances.'],
  };
}

/**
 * The PSF's assignment for a nomination once selected: the nominating agency
 * leads and supplies the SRO (E793, E799), the other of police and HMPPS
 * supports (joint delivery ran mostly between them, E557), and the SRO's 4P
 * plan; a deselected nomination keeps its assignment and gains its reason.
 */
export function createCohortAssignment(
  nominal: SyntheticNominal,
  random: Random,
  withoutSro: ReadonlySet<string>,
): CohortAssignment {
  const nomination = nominal.nomination;
  const none: CohortAssignment = {
    seniorResponsibleOfficer: null,
    leadAgency: null,
    supportingAgencies: [],
    strategicObjectives: [],
    plan: null,
    deselectionReason: null,
    deselectionRationale: null,
  };
  if (
    nomination === null ||
    (nomination.outcome !== 'CURRENT' && nomination.outcome !== 'DESELECTED')
  )
    return none;
  const lead = nomination.nominatingAgency;
  const supporting: Agency[] = lead === 'HMPPS' ? ['POLICE'] : ['HMPPS'];
  const reason =
    nomination.outcome === 'DESELECTED'
      ? random.pick(DESELECTION_REASONS)
      : null;
  if (withoutSro.has(nominal.id))
    return { ...none, leadAgency: lead, supportingAgencies: supporting };
  const theme = nominal.criminality.theme;
  return {
    seniorResponsibleOfficer: nameSro(random, lead, nominal),
    leadAgency: lead,
    supportingAgencies: supporting,
    strategicObjectives: [
      `Disrupt the subject's ${THEMES[theme].apmisThreatArea.toLowerCase()}.`,
    ],
    plan: planFor(theme, nominal.supervision === 'CUSTODY'),
    deselectionReason: reason,
    deselectionRationale: reason === null ? null : RATIONALES[reason],
  };
}
