import { Agency } from '@marsoc/schema';
import {
  DisruptionAssessment,
  FourPCategory,
} from '../repository/apmisVocabulary';
import { ModerationDecision } from '../repository/cycleVocabulary';
import { readClientRequestId } from '../meetings/parseMeetingInputs';
import { InputReader, readToday } from '../workflow/InputReader';
import { finish, MAX_REASON_LENGTH } from '../workflow/parseNominationInputs';

type Input = Readonly<Record<string, unknown>>;

const MAX_DESCRIPTION_LENGTH = 1000;
/** More arrests than this in one disruption is a typing error, not an operation. */
const MAX_ARRESTS = 500;
/** The earliest event date accepted: MARSOC's Early Adopter Phase began in 2021 (seed 000 E743). */
const EARLIEST_EVENT = '2021-01-01';
const RECORD_ID = /^DR-\d{6,12}$/;
const DISRUPTION_ID = /^DSR-\d{5,7}-\d{2,4}$/;

/** A date from EARLIEST_EVENT to today: a disruption is recorded after it happened. */
function readEventDate(reader: InputReader, value: unknown, today: string) {
  const date = reader.dateFrom(value, 'date', EARLIEST_EVENT);
  if (date !== null && date > today)
    return reader.refuse(
      `date ${date} is in the future; record a disruption once it has happened.`,
    );
  return date;
}

function readId(
  reader: InputReader,
  value: unknown,
  pattern: RegExp,
  label: string,
  shape: string,
) {
  if (typeof value === 'string' && pattern.test(value)) return value;
  return reader.refuse(`${label} must be ${shape}.`);
}

/**
 * A disruption as a team without APMIS access, or HMPPS, records it (seed 000
 * E545-E549): the event date, the lead and supporting agencies, the P, the
 * impact assessment, what happened, the arrests and whether it counts for MARSOC.
 */
export function parseDisruption(input: Input, now: string) {
  const reader = new InputReader();
  const nominalId = reader.nominalId(input.nominalId);
  const date = readEventDate(reader, input.date, readToday(now));
  const leadAgency = reader.code(Agency, input.leadAgency, 'leadAgency');
  const supportingAgencies = reader.codes(
    Agency,
    input.supportingAgencies ?? [],
    'supportingAgencies',
  );
  if (leadAgency !== null && supportingAgencies?.includes(leadAgency))
    reader.refuse('supportingAgencies must not include the lead agency.');
  const fourP = reader.code(FourPCategory, input.fourP, 'fourP');
  const assessment = reader.code(
    DisruptionAssessment,
    input.assessment,
    'assessment',
  );
  const description = reader.text(
    input.description,
    'description',
    MAX_DESCRIPTION_LENGTH,
  );
  const arrests =
    Number.isInteger(input.arrests) &&
    (input.arrests as number) >= 0 &&
    (input.arrests as number) <= MAX_ARRESTS
      ? (input.arrests as number)
      : reader.refuse(
          `arrests must be a whole number from 0 to ${MAX_ARRESTS}.`,
        );
  const marsocFlag = reader.boolean(input.marsocFlag, 'marsocFlag');
  const clientRequestId = readClientRequestId(reader, input.clientRequestId);
  return finish(reader, () => ({
    nominalId: nominalId as string,
    date: date as string,
    leadAgency: leadAgency as Agency,
    supportingAgencies: supportingAgencies as Agency[],
    fourP: fourP as FourPCategory,
    assessment: assessment as DisruptionAssessment,
    description: description as string,
    arrests: arrests as number,
    marsocFlag: marsocFlag as boolean,
    clientRequestId: clientRequestId as string,
  }));
}

/** The hub's moderation: onto APMIS, or rejected with a reason. */
export function parseModeration(input: Input) {
  const reader = new InputReader();
  const recordId = readId(
    reader,
    input.recordId,
    RECORD_ID,
    'recordId',
    'a disruption record id (DR- and digits)',
  );
  const decision = reader.code(ModerationDecision, input.decision, 'decision');
  const reason =
    decision === 'REJECT'
      ? reader.text(input.reason, 'reason', MAX_REASON_LENGTH)
      : reader.optionalText(input.reason, 'reason', MAX_REASON_LENGTH);
  const clientRequestId = readClientRequestId(reader, input.clientRequestId);
  return finish(reader, () => ({
    recordId: recordId as string,
    decision: decision as ModerationDecision,
    reason,
    clientRequestId: clientRequestId as string,
  }));
}

/** A back-fill of the MARSOC flag on a disruption already on APMIS (E547), with why. */
export function parseFlagBackFill(input: Input) {
  const reader = new InputReader();
  const disruptionId = readId(
    reader,
    input.disruptionId,
    DISRUPTION_ID,
    'disruptionId',
    'an APMIS disruption id (DSR-, the nominal number and the position)',
  );
  const marsocFlag = reader.boolean(input.marsocFlag, 'marsocFlag');
  const reason = reader.text(input.reason, 'reason', MAX_REASON_LENGTH);
  const clientRequestId = readClientRequestId(reader, input.clientRequestId);
  return finish(reader, () => ({
    disruptionId: disruptionId as string,
    marsocFlag: marsocFlag as boolean,
    reason: reason as string,
    clientRequestId: clientRequestId as string,
  }));
}
