import { createEnumeration } from '@marsoc/schema';

/**
 * The Performance Framework's indicators the APMIS data can support (seed 000
 * Table B1, E771-E829). The schema's ApmisIndicatorName lists the same names;
 * the README lists these and the framework's indicators the data cannot.
 */
export const IndicatorName = createEnumeration('ApmisIndicatorName', [
  'NOMINATIONS_MADE',
  'NOMINATIONS_SUCCESSFUL',
  'NOMINATIONS_UNSUCCESSFUL',
  'COHORT_SIZE',
  'NOMINALS_WITHOUT_SRO',
  'NOMINALS_WITHOUT_SUPPORTING_PARTNERS',
  'PSF_ATTENDANCE',
  'TPM_ATTENDANCE',
  'TASKING_REQUESTS_REJECTED',
  'INTELLIGENCE_SHARED',
  'INTELLIGENCE_SHARING_ISSUES_UNBLOCKED',
  'DISRUPTIONS',
  'DISRUPTIONS_MODERATED',
  'DESELECTIONS',
  'DESELECTION_REASONS',
] as const);
export type IndicatorName = (typeof IndicatorName.values)[number];

/** What an indicator's counts may be grouped by. */
export const IndicatorGrouping = createEnumeration('ApmisIndicatorGrouping', [
  'REGION',
  'CYCLE',
  'AGENCY',
] as const);
export type IndicatorGrouping = (typeof IndicatorGrouping.values)[number];

export interface IndicatorDefinition {
  name: IndicatorName;
  /** The framework's process stage (Table B1), e.g. "3.2". */
  stage: string;
  /** The framework's own words for the indicator. */
  title: string;
  /** The seed line the indicator is read from. */
  source: string;
  /** What the indicator counts here, in the system's terms. */
  counts: string;
  groupings: readonly IndicatorGrouping[];
  /** Which agency a row's agency is; null where it cannot be grouped by agency. */
  agencyMeans: string | null;
  /** Which cycle a row's cycle is; null where it cannot be grouped by cycle. */
  cycleMeans: string | null;
  /** What the value is out of; null for a plain count. */
  denominator: string | null;
  /** What a row's breakdown is, for an indicator counted by its own closed list. */
  breakdownMeans?: string;
  /** Counted per cycle from the cycle it starts in to the one it ends in (the cohort). */
  spansCycles?: true;
}

const ALL: readonly IndicatorGrouping[] = ['REGION', 'CYCLE', 'AGENCY'];
const NO_CYCLE: readonly IndicatorGrouping[] = ['REGION', 'AGENCY'];
const NOMINATION_CYCLE = 'the cycle the nomination came to (as Table 1, E423)';
const SELECTION_CYCLE = 'the cycle the nominal was selected in';

// prettier-ignore
const DEFINITIONS: Readonly<
  Record<IndicatorName, Omit<IndicatorDefinition, 'name'>>
> = {
  NOMINATIONS_MADE: { stage: '1.1', title: 'Number of nominations made (by agency)', source: 'seed 000 E777',
    counts: 'nominations, re-nominations included', groupings: ALL,
    agencyMeans: 'the nominating agency', cycleMeans: NOMINATION_CYCLE, denominator: null },
  NOMINATIONS_SUCCESSFUL: { stage: '3.2', title: 'Number of nominations successful (by agency)', source: 'seed 000 E799',
    counts: 'nominations the PSF accepted', groupings: ALL, agencyMeans: 'the nominating agency',
    cycleMeans: NOMINATION_CYCLE, denominator: 'nominations the PSF decided (put forward)' },
  NOMINATIONS_UNSUCCESSFUL: { stage: '3.3', title: 'Number of nominations unsuccessful', source: 'seed 000 E800, E804',
    counts: 'nominations the PSF declined', groupings: ALL, agencyMeans: 'the nominating agency',
    cycleMeans: NOMINATION_CYCLE, denominator: 'nominations the PSF decided (put forward)' },
  COHORT_SIZE: { stage: '3.1', title: 'Cohort size', source: 'seed 000 E794',
    counts: 'nominals on the cohort: now, or by cycle at the end of each cycle', groupings: ALL,
    agencyMeans: 'the lead agency', cycleMeans: 'each cycle the nominal was on the cohort',
    denominator: null, spansCycles: true },
  NOMINALS_WITHOUT_SRO: { stage: '3.2', title: 'Number of nominals without an assigned SRO', source: 'seed 000 E799',
    counts: 'nominals on the cohort now with no SRO', groupings: ALL, agencyMeans: 'the lead agency',
    cycleMeans: SELECTION_CYCLE, denominator: 'nominals on the cohort now' },
  NOMINALS_WITHOUT_SUPPORTING_PARTNERS: { stage: '3.2', title: 'Number of nominals without assigned supporting partners', source: 'seed 000 E799',
    counts: 'nominals on the cohort now with no supporting agency', groupings: ALL,
    agencyMeans: 'the lead agency', cycleMeans: SELECTION_CYCLE, denominator: 'nominals on the cohort now' },
  PSF_ATTENDANCE: { stage: '3.1', title: 'Attendance by nominated partner representatives at regional meetings (%), PSF',
    source: 'seed 000 E794', counts: 'standing members present or sitting in silent at a PSF',
    groupings: ALL, agencyMeans: "the member's agency", cycleMeans: "the meeting's cycle",
    denominator: 'standing members (not the chair) whose attendance was recorded' },
  TPM_ATTENDANCE: { stage: '4.3', title: 'Attendance by nominated partner representatives at regional meetings (%), TPM',
    source: 'seed 000 E807', counts: 'standing members present or sitting in silent at a TPM',
    groupings: ALL, agencyMeans: "the member's agency", cycleMeans: "the meeting's cycle",
    denominator: 'standing members (not the chair) whose attendance was recorded' },
  TASKING_REQUESTS_REJECTED: { stage: '4.5', title: 'Number of tasking requests rejected', source: 'seed 000 E814',
    counts: 'TPM actions the owning agency rejected', groupings: ALL,
    agencyMeans: 'the owning agency', cycleMeans: 'the cycle of the TPM that agreed it (null: outside a TPM)',
    denominator: 'TPM actions' },
  INTELLIGENCE_SHARED: { stage: 'T1', title: 'Number of Intel products shared with outside partners', source: 'seed 000 E815',
    counts: "case-specific disclosures of MARSOC's data recorded for another agency (grants)",
    groupings: NO_CYCLE, agencyMeans: 'the receiving agency', cycleMeans: null, denominator: null },
  INTELLIGENCE_SHARING_ISSUES_UNBLOCKED: { stage: 'T1', title: 'Number of Intel sharing issues unblocked by Regional Lead / National Team',
    source: 'seed 000 E815', counts: 'requests to MARSOC for a disclosure approved in whole or in part',
    groupings: NO_CYCLE, agencyMeans: 'the requesting agency', cycleMeans: null,
    denominator: 'requests to MARSOC decided' },
  DISRUPTIONS: { stage: 'T2', title: 'Number of disruptions (by agency)', source: 'seed 000 E816 (E545-E549)',
    counts: 'disruptions on APMIS recorded against MARSOC', groupings: NO_CYCLE,
    agencyMeans: 'the recording agency (E547)', cycleMeans: null, denominator: null },
  DISRUPTIONS_MODERATED: { stage: 'T2', title: 'Number of disruptions moderated (by agency)', source: 'seed 000 E820',
    counts: 'disruptions recorded through the gateway and moderated onto APMIS', groupings: NO_CYCLE,
    agencyMeans: 'the recording agency', cycleMeans: null, denominator: null },
  DESELECTIONS: { stage: '5.2, 6.1', title: 'Number of de-selections', source: 'seed 000 E822, E824',
    counts: 'nominals deselected', groupings: ALL, agencyMeans: 'the lead agency',
    cycleMeans: 'the cycle of the deselection', denominator: null },
  DESELECTION_REASONS: { stage: '5.2, 6.1', title: 'Reasons for de-selection', source: 'seed 000 E822, E824',
    counts: 'nominals deselected, by the reason from the closed list', groupings: ALL,
    agencyMeans: 'the lead agency', cycleMeans: 'the cycle of the deselection', denominator: null,
    breakdownMeans: 'the deselection reason (NOT_RECORDED where none was)' },
};

/** Every supported indicator, in IndicatorName's order. */
export const INDICATORS: readonly IndicatorDefinition[] =
  IndicatorName.values.map((name) => ({ name, ...DEFINITIONS[name] }));

export function findIndicator(name: IndicatorName): IndicatorDefinition {
  return { name, ...DEFINITIONS[name] };
}
