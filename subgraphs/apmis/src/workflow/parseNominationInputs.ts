import { createEnumeration, Region } from '@marsoc/schema';
import { SupervisionStatus } from '../repository/apmisVocabulary';
import {
  ForumDecision,
  MandatoryCriterion,
  OtherCriterion,
} from '../repository/cohortVocabulary';
import { InputReader } from './InputReader';

/** Agencies that may lead on a nominal: those with enforcement powers (E799). */
export const LeadAgency = createEnumeration('CohortLeadAgency', [
  'POLICE',
  'HMPPS',
  'NCA',
  'HMRC',
] as const);
/** Agencies that may support, lead or be alerted: the forum's partners (E496, E557). */
export const PartnerAgency = createEnumeration('CohortPartnerAgency', [
  'POLICE',
  'HMPPS',
  'NCA',
  'HMRC',
  'DWP',
] as const);
export type PartnerAgency = (typeof PartnerAgency.values)[number];

export const MAX_REASON_LENGTH = 500;
export const MAX_OBJECTIVE_LENGTH = 300;
export const MAX_OBJECTIVES = 10;
const MAX_NAME_LENGTH = 120;

/** What was read from an input: the value, or null with every problem found. */
export type Parsed<Value> =
  { value: Value; problems: [] } | { value: null; problems: string[] };

/** The value `read` assembles, only once the reader found no problem (so its casts hold). */
export function finish<Value>(
  reader: InputReader,
  read: () => Value,
): Parsed<Value> {
  return reader.problems.length === 0
    ? { value: read(), problems: [] }
    : { value: null, problems: reader.problems };
}

/** The nomination form (seed 000 E777, E440, E419). Inputs arrive untrusted. */
export function parseNomination(input: Readonly<Record<string, unknown>>) {
  const reader = new InputReader();
  const nominalId = reader.nominalId(input.nominalId);
  const region = reader.code(Region, input.region, 'region');
  const cycle = reader.cycle(input.cycle);
  const supervision = reader.code(
    SupervisionStatus,
    input.supervisionStatus,
    'supervisionStatus',
  );
  // Strong nominations need not meet every criterion (E440), but at least one mandatory one.
  const mandatory = reader.codes(
    MandatoryCriterion,
    input.mandatoryCriteriaMet,
    'mandatoryCriteriaMet',
    1,
  );
  const other = reader.codes(
    OtherCriterion,
    input.otherCriteriaMet ?? [],
    'otherCriteriaMet',
  );
  return finish(reader, () => ({
    nominalId: nominalId as string,
    region: region as Region,
    cycle: cycle as number,
    supervisionStatus: supervision as SupervisionStatus,
    mandatoryCriteriaMet: mandatory as MandatoryCriterion[],
    otherCriteriaMet: other as OtherCriterion[],
  }));
}
export type ParsedNomination = NonNullable<
  ReturnType<typeof parseNomination>['value']
>;

/** The Regional Lead's decision not to propose a nomination (E785-E793). */
export function parseNotPutForward(input: Readonly<Record<string, unknown>>) {
  const reader = new InputReader();
  const nominalId = reader.nominalId(input.nominalId);
  const reason = reader.text(input.reason, 'reason', MAX_REASON_LENGTH);
  return finish(reader, () => ({
    nominalId: nominalId as string,
    reason: reason as string,
  }));
}

/**
 * A PSF decision (E200, E794-E804). ACCEPT names the SRO, lead and supporting
 * agencies and strategic objectives (E799, E201); DECLINE gives the feedback for
 * the nominator (E800); DEFER says what more is needed (E794); REDIRECT names the
 * region it goes to (E800, E804). Fields of another decision must be left out.
 */
export function parseForumDecision(input: Readonly<Record<string, unknown>>) {
  const reader = new InputReader();
  const nominalId = reader.nominalId(input.nominalId);
  const decision = reader.code(ForumDecision, input.decision, 'decision');
  const cycle = reader.cycle(input.cycle);
  const accept = decision === 'ACCEPT' ? readAcceptance(reader, input) : null;
  if (decision !== 'ACCEPT') {
    const because = 'unless the decision is ACCEPT';
    reader.absent(
      input.seniorResponsibleOfficer,
      'seniorResponsibleOfficer',
      because,
    );
    reader.absent(input.leadAgency, 'leadAgency', because);
    reader.absent(input.supportingAgencies, 'supportingAgencies', because);
    reader.absent(input.strategicObjectives, 'strategicObjectives', because);
  }
  const needsReason = decision === 'DECLINE' || decision === 'DEFER';
  const reason = needsReason
    ? reader.text(input.reason, 'reason', MAX_REASON_LENGTH)
    : reader.optionalText(input.reason, 'reason', MAX_REASON_LENGTH);
  const redirectTo =
    decision === 'REDIRECT'
      ? reader.code(Region, input.redirectToRegion, 'redirectToRegion')
      : null;
  if (decision !== 'REDIRECT')
    reader.absent(
      input.redirectToRegion,
      'redirectToRegion',
      'unless the decision is REDIRECT',
    );
  return finish(reader, () => ({
    nominalId: nominalId as string,
    decision: decision as ForumDecision,
    cycle: cycle as number,
    reason,
    acceptance: accept,
    redirectToRegion: redirectTo,
  }));
}
export type ParsedForumDecision = NonNullable<
  ReturnType<typeof parseForumDecision>['value']
>;

function readAcceptance(
  reader: InputReader,
  input: Readonly<Record<string, unknown>>,
) {
  const seniorResponsibleOfficer = reader.text(
    input.seniorResponsibleOfficer,
    'seniorResponsibleOfficer',
    MAX_NAME_LENGTH,
  );
  const leadAgency = reader.code(LeadAgency, input.leadAgency, 'leadAgency');
  const supporting = reader.codes(
    PartnerAgency,
    input.supportingAgencies ?? [],
    'supportingAgencies',
  );
  if (leadAgency !== null && supporting?.includes(leadAgency))
    reader.refuse(
      `supportingAgencies names the lead agency ${leadAgency}; it leads, so it is not also a supporter.`,
    );
  const strategicObjectives = reader.texts(
    input.strategicObjectives,
    'strategicObjectives',
    { min: 1, max: MAX_OBJECTIVES, maxLength: MAX_OBJECTIVE_LENGTH },
  );
  // The fallbacks are never read: any null above left a problem, so nothing is kept.
  return {
    seniorResponsibleOfficer: seniorResponsibleOfficer ?? '',
    leadAgency: leadAgency ?? 'POLICE',
    supportingAgencies: supporting ?? [],
    strategicObjectives: strategicObjectives ?? [],
  };
}
