import { Agency } from '@marsoc/schema';
import {
  DeselectionReason,
  TpmActionStatus,
} from '../repository/cohortVocabulary';
import { InputReader, readToday } from './InputReader';
import {
  finish,
  MAX_OBJECTIVE_LENGTH,
  MAX_OBJECTIVES,
  PartnerAgency,
} from './parseNominationInputs';

type Input = Readonly<Record<string, unknown>>;

const MAX_ACTION_LENGTH = 500;
const MAX_RATIONALE_LENGTH = 1000;
const TPM_ACTION_ID = /^TPM-\d{6,12}$/;

/** The Strategic 4P plan: objectives per P (seed 000 E806, E549); at least one in all. */
export function parseFourPPlan(input: Input) {
  const reader = new InputReader();
  const nominalId = reader.nominalId(input.nominalId);
  const limits = {
    min: 0,
    max: MAX_OBJECTIVES,
    maxLength: MAX_OBJECTIVE_LENGTH,
  };
  const pursue = reader.texts(input.pursue, 'pursue', limits);
  const prevent = reader.texts(input.prevent, 'prevent', limits);
  const protect = reader.texts(input.protect, 'protect', limits);
  const prepare = reader.texts(input.prepare, 'prepare', limits);
  const all = [pursue, prevent, protect, prepare];
  if (all.every((list) => list !== null && list.length === 0))
    reader.refuse(
      'A 4P plan needs at least one objective under pursue, prevent, protect or prepare.',
    );
  return finish(reader, () => ({
    nominalId: nominalId as string,
    pursue: pursue as string[],
    prevent: prevent as string[],
    protect: protect as string[],
    prepare: prepare as string[],
  }));
}

/** A new action on the TPM Action Log, due today or later (E807, E813). */
export function parseTpmAction(input: Input, now: string) {
  const reader = new InputReader();
  const nominalId = reader.nominalId(input.nominalId);
  const action = reader.text(input.action, 'action', MAX_ACTION_LENGTH);
  const owningAgency = reader.code(Agency, input.owningAgency, 'owningAgency');
  const dueDate = reader.dateFrom(input.dueDate, 'dueDate', readToday(now));
  return finish(reader, () => ({
    nominalId: nominalId as string,
    action: action as string,
    owningAgency: owningAgency as Agency,
    dueDate: dueDate as string,
  }));
}

/** A TPM action's new status. */
export function parseTpmActionUpdate(input: Input) {
  const reader = new InputReader();
  const actionId =
    typeof input.actionId === 'string' && TPM_ACTION_ID.test(input.actionId)
      ? input.actionId
      : reader.refuse('actionId is not a TPM action id (TPM- and digits).');
  const status = reader.code(TpmActionStatus, input.status, 'status');
  return finish(reader, () => ({
    actionId: actionId as string,
    status: status as TpmActionStatus,
  }));
}

/** Removal from the cohort with a reason and the rationale (E822, E824). */
export function parseDeselection(input: Input) {
  const reader = new InputReader();
  const nominalId = reader.nominalId(input.nominalId);
  const reason = reader.code(DeselectionReason, input.reason, 'reason');
  const cycle = reader.cycle(input.cycle);
  const rationale = reader.text(
    input.rationale,
    'rationale',
    MAX_RATIONALE_LENGTH,
  );
  return finish(reader, () => ({
    nominalId: nominalId as string,
    reason: reason as DeselectionReason,
    cycle: cycle as number,
    rationale: rationale as string,
  }));
}

/**
 * The risk-managed exit (E824-E828): the rationale, alerts with partners, and
 * monitoring until a date after today, in case more intelligence arises (E484).
 */
export function parseExit(input: Input, now: string) {
  const reader = new InputReader();
  const nominalId = reader.nominalId(input.nominalId);
  const rationale = reader.text(
    input.rationale,
    'rationale',
    MAX_RATIONALE_LENGTH,
  );
  const monitoringUntil = reader.dateFrom(
    input.monitoringUntil,
    'monitoringUntil',
    readToday(now),
  );
  const alertAgencies = reader.codes(
    PartnerAgency,
    input.alertAgencies,
    'alertAgencies',
    1,
  );
  const nationalRecordsUpdated = reader.boolean(
    input.nationalRecordsUpdated,
    'nationalRecordsUpdated',
  );
  const partnersUpdated = reader.boolean(
    input.partnersUpdated,
    'partnersUpdated',
  );
  return finish(reader, () => ({
    nominalId: nominalId as string,
    rationale: rationale as string,
    monitoringUntil: monitoringUntil as string,
    alertAgencies: alertAgencies as PartnerAgency[],
    nationalRecordsUpdated: nationalRecordsUpdated as boolean,
    partnersUpdated: partnersUpdated as boolean,
  }));
}
