import { type Random } from '@marsoc/platform';
import { type RequestPurpose } from '@marsoc/schema';
import { type HiddenDataPair } from './findHiddenDataPairs';

/** One consultation to run, the same way, on both nominals of a pair. */
export interface AuditedOperation {
  persona: string;
  purpose: RequestPurpose;
  /** Takes the nominal as `$id`. */
  query: string;
}

/** Parts every pair's nominals share for every caller: APMIS and the PNC hold both. */
const SHARED = [
  'apmis { name region }',
  'police { identity { pncId surname } }',
];

/** What differs inside each kind of pair, and only there. */
const HIDDEN: Record<HiddenDataPair['owner'], readonly string[]> = {
  NCA: [
    'nca { ncaReference }',
    'nca { covertInterest { operationName interestType owningCommand recordedOn } }',
    'nca { deconfliction { contactBeforeAction route } }',
    'ncaDeconfliction { route }',
  ],
  HMRC: [
    'hmrc { taxReference }',
    'hmrcInvestigations { reference investigationType openedOn status }',
  ],
  POLICE: [],
  HMPPS: [],
  DWP: [],
  MARSOC: [],
};

const PERSONAS = [
  'police-analyst',
  'prison-intel',
  'probation-officer',
  'nca-officer',
  'hmrc-investigator',
  'dwp-officer',
  'regional-lead',
];

/** The owner's own person, so the owner's auditor has something to tell apart. */
const OWNER_PERSONA: Partial<Record<HiddenDataPair['owner'], string>> = {
  NCA: 'nca-officer',
  HMRC: 'hmrc-investigator',
};

const PURPOSES: RequestPurpose['purpose'][] = [
  'INTELLIGENCE_DEVELOPMENT',
  'COHORT_MANAGEMENT',
  'OFFENDER_MANAGEMENT',
  'STAFF_SAFETY',
  'PERFORMANCE_REPORTING',
];

const ROOTS = [
  (body: string) =>
    `query Subject($id: ID!) { nominal(id: $id) { id ${body} } }`,
  (body: string) =>
    `query Subjects($id: ID!) { nominals(ids: [$id]) { id ${body} } }`,
  (body: string) =>
    `query Aliased($id: ID!) { subject: nominal(id: $id) { ref: id ${body} } }`,
];

/**
 * `count` consultations of a pair: the first is the owner's own person asking
 * for everything the pair differs in, the rest a seeded mix of personas,
 * purposes, root fields and parts (shared and hidden).
 */
export function generateAuditedOperations(
  random: Random,
  pair: HiddenDataPair,
  count: number,
): AuditedOperation[] {
  const hidden = HIDDEN[pair.owner];
  const owner = OWNER_PERSONA[pair.owner];
  const operations: AuditedOperation[] = [];
  if (owner)
    operations.push({
      persona: owner,
      purpose: purposeOf('INTELLIGENCE_DEVELOPMENT'),
      query: ROOTS[0]?.([SHARED[0], ...hidden].join(' ')) ?? '',
    });
  while (operations.length < count) {
    const parts = random
      .shuffle([...SHARED, ...hidden])
      .slice(0, random.integer(1, 3));
    operations.push({
      persona: random.pick(PERSONAS),
      purpose: purposeOf(random.pick(PURPOSES)),
      query: random.pick(ROOTS)(parts.join(' ')),
    });
  }
  return operations;
}

function purposeOf(purpose: RequestPurpose['purpose']): RequestPurpose {
  return { purpose, justification: 'Generated consultation for the audit' };
}
