import { Agency, isVettedTo, Region, Vetting } from '@marsoc/schema';
import { readClientRequestId } from '../meetings/parseMeetingInputs';
import { SRO_VETTING } from '../meetings/recordMeetingDecision';
import {
  EmergencyDecision,
  QualityCheckOutcome,
  QualityReturnReason,
  TransferDecision,
} from '../repository/cycleVocabulary';
import { InputReader, readToday } from '../workflow/InputReader';
import {
  finish,
  MAX_REASON_LENGTH,
  parseNomination,
} from '../workflow/parseNominationInputs';

type Input = Readonly<Record<string, unknown>>;

const MAX_NAME_LENGTH = 120;
const MAX_PLAN_LENGTH = 1000;
const TRANSFER_ID = /^CT-\d{6,12}$/;

function readCommon(reader: InputReader, input: Input) {
  return {
    nominalId: reader.nominalId(input.nominalId),
    clientRequestId: readClientRequestId(reader, input.clientRequestId),
  };
}

/** The nomination form and why it cannot wait for the next PSF (seed 000 E528-E530). */
export function parseEmergencyNomination(input: Input) {
  const reader = new InputReader();
  const { reason, clientRequestId, ...form } = input;
  const nomination = parseNomination(form);
  reader.problems.push(...nomination.problems);
  const why = reader.text(reason, 'reason', MAX_REASON_LENGTH);
  const requestId = readClientRequestId(reader, clientRequestId);
  return finish(reader, () => ({
    form,
    nominalId: nomination.value?.nominalId as string,
    reason: why as string,
    clientRequestId: requestId as string,
  }));
}

/**
 * The chair's decision: ACCEPT with what a PSF acceptance records (the SRO
 * named with their vetting, SC or above, E793), or REFER_TO_PSF; either with
 * a reason.
 */
export function parseEmergencyDecision(input: Input) {
  const reader = new InputReader();
  const common = readCommon(reader, input);
  const decision = reader.code(EmergencyDecision, input.decision, 'decision');
  const reason = reader.text(input.reason, 'reason', MAX_REASON_LENGTH);
  const {
    decision: _,
    reason: __,
    clientRequestId: ___,
    ...acceptance
  } = input;
  let sro: string | null = null;
  if (decision === 'ACCEPT') {
    const given = (input.seniorResponsibleOfficer ?? {}) as Input;
    const name = reader.text(
      given.name,
      'seniorResponsibleOfficer.name',
      MAX_NAME_LENGTH,
    );
    const unit = reader.text(
      given.unit,
      'seniorResponsibleOfficer.unit',
      MAX_NAME_LENGTH,
    );
    const vetting = reader.code(
      Vetting,
      given.vetting,
      'seniorResponsibleOfficer.vetting',
    );
    if (vetting !== null && !isVettedTo(vetting, SRO_VETTING))
      reader.refuse(
        `The SRO must hold ${SRO_VETTING} vetting or above (seed 000 E793).`,
      );
    sro = `${name ?? ''}, ${unit ?? ''}`;
  } else
    for (const field of [
      'seniorResponsibleOfficer',
      'leadAgency',
      'supportingAgencies',
      'strategicObjectives',
      'cycle',
    ])
      reader.absent(input[field], field, 'unless the decision is ACCEPT');
  return finish(reader, () => ({
    nominalId: common.nominalId as string,
    clientRequestId: common.clientRequestId as string,
    decision: decision as EmergencyDecision,
    reason: reason as string,
    acceptance: { ...acceptance, seniorResponsibleOfficer: sro },
  }));
}

/** The hub's quality check: PASS, or RETURN with the reasons and what is missing (E778, E783). */
export function parseQualityCheck(input: Input) {
  const reader = new InputReader();
  const common = readCommon(reader, input);
  const outcome = reader.code(QualityCheckOutcome, input.outcome, 'outcome');
  if (outcome === 'RESUBMITTED')
    reader.refuse('outcome must be PASS or RETURN; the nominator resubmits.');
  const returned = outcome === 'RETURN';
  const reasons = returned
    ? reader.codes(QualityReturnReason, input.reasons, 'reasons', 1)
    : [];
  if (!returned)
    reader.absent(input.reasons, 'reasons', 'unless the outcome is RETURN');
  const note = returned
    ? reader.text(input.note, 'note', MAX_REASON_LENGTH)
    : reader.optionalText(input.note, 'note', MAX_REASON_LENGTH);
  return finish(reader, () => ({
    nominalId: common.nominalId as string,
    clientRequestId: common.clientRequestId as string,
    outcome: outcome as 'PASS' | 'RETURN',
    reasons: reasons as QualityReturnReason[],
    note,
  }));
}

/** The nominator's resubmission after a return: what was added. */
export function parseResubmission(input: Input) {
  const reader = new InputReader();
  const common = readCommon(reader, input);
  const note = reader.text(input.note, 'note', MAX_REASON_LENGTH);
  return finish(reader, () => ({
    nominalId: common.nominalId as string,
    clientRequestId: common.clientRequestId as string,
    note: note as string,
  }));
}

/** A transfer to another regional cohort, with why (Table B1 5.3, E823). */
export function parseTransferRequest(input: Input) {
  const reader = new InputReader();
  const common = readCommon(reader, input);
  const toRegion = reader.code(Region, input.toRegion, 'toRegion');
  const reason = reader.text(input.reason, 'reason', MAX_REASON_LENGTH);
  return finish(reader, () => ({
    nominalId: common.nominalId as string,
    clientRequestId: common.clientRequestId as string,
    toRegion: toRegion as Region,
    reason: reason as string,
  }));
}

/** The receiving lead's decision; a refusal says why. */
export function parseTransferDecision(input: Input) {
  const reader = new InputReader();
  const transferId =
    typeof input.transferId === 'string' && TRANSFER_ID.test(input.transferId)
      ? input.transferId
      : reader.refuse('transferId must be a transfer id (CT- and digits).');
  const decision = reader.code(TransferDecision, input.decision, 'decision');
  const reason =
    decision === 'REFUSE'
      ? reader.text(input.reason, 'reason', MAX_REASON_LENGTH)
      : reader.optionalText(input.reason, 'reason', MAX_REASON_LENGTH);
  const clientRequestId = readClientRequestId(reader, input.clientRequestId);
  return finish(reader, () => ({
    transferId: transferId as string,
    decision: decision as TransferDecision,
    reason,
    clientRequestId: clientRequestId as string,
  }));
}

/** What follows a deselection (E822, E828): the plan, who monitors, when it is reviewed. */
export function parseMonitoringPlan(input: Input, now: string) {
  const reader = new InputReader();
  const plan = (input.monitoringPlan ?? {}) as Input;
  const text = reader.text(plan.plan, 'monitoringPlan.plan', MAX_PLAN_LENGTH);
  const agency = reader.code(
    Agency,
    plan.monitoringAgency,
    'monitoringPlan.monitoringAgency',
  );
  const reviewOn = reader.dateFrom(
    plan.reviewOn,
    'monitoringPlan.reviewOn',
    readToday(now),
  );
  const clientRequestId = readClientRequestId(reader, input.clientRequestId);
  const { monitoringPlan: _, clientRequestId: __, ...deselection } = input;
  return finish(reader, () => ({
    deselection,
    clientRequestId: clientRequestId as string,
    plan: text as string,
    monitoringAgency: agency as Agency,
    reviewOn: reviewOn as string,
  }));
}
