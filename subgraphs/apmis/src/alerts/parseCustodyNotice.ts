import { findPrisonEstablishment } from '@marsoc/platform';
import { readClientRequestId } from '../meetings/parseMeetingInputs';
import { InputReader, readToday } from '../workflow/InputReader';
import { finish } from '../workflow/parseNominationInputs';
import { CustodyMovement } from './alertVocabulary';

type Input = Readonly<Record<string, unknown>>;

/** The earliest movement date accepted: MARSOC's Early Adopter Phase began in 2021 (seed 000 E743). */
const EARLIEST_MOVEMENT = '2021-01-01';

/** Where each movement starts and ends: a release ends in the community, a recall starts there. */
const ENDS: Record<CustodyMovement, { from: boolean; to: boolean }> = {
  TRANSFER: { from: true, to: true },
  RELEASE: { from: true, to: false },
  RECALL: { from: false, to: true },
};

function readEstablishment(
  reader: InputReader,
  value: unknown,
  label: string,
): string | null {
  if (typeof value === 'string' && findPrisonEstablishment(value) !== undefined)
    return value;
  return reader.refuse(
    `${label} must name a prison establishment as HMPPS records it (e.g. HMP Altcourse).`,
  );
}

/**
 * HMPPS's notice of a custody movement (seed 000 E567: prisons moved
 * prisoners without telling the police). Inputs arrive untrusted; every
 * problem is listed.
 */
export function parseCustodyNotice(input: Input, now: string) {
  const reader = new InputReader();
  const clientRequestId = readClientRequestId(reader, input.clientRequestId);
  const nominalId = reader.nominalId(input.nominalId);
  const movement = CustodyMovement.is(input.movement)
    ? input.movement
    : reader.refuse(
        `movement must be one of ${CustodyMovement.values.join(', ')}.`,
      );
  const movedOn = reader.dateFrom(input.movedOn, 'movedOn', EARLIEST_MOVEMENT);
  if (movedOn !== null && movedOn > readToday(now))
    reader.refuse(
      `movedOn ${movedOn} is in the future; notify a movement once made.`,
    );
  let from: string | null = null;
  let to: string | null = null;
  if (movement !== null) {
    const ends = ENDS[movement];
    const because = `for a ${movement}`;
    if (ends.from)
      from = readEstablishment(
        reader,
        input.fromEstablishment,
        'fromEstablishment',
      );
    else reader.absent(input.fromEstablishment, 'fromEstablishment', because);
    if (ends.to)
      to = readEstablishment(reader, input.toEstablishment, 'toEstablishment');
    else reader.absent(input.toEstablishment, 'toEstablishment', because);
    if (from !== null && from === to)
      reader.refuse('toEstablishment must differ from fromEstablishment.');
  }
  return finish(reader, () => ({
    clientRequestId: clientRequestId as string,
    nominalId: nominalId as string,
    movement: movement as CustodyMovement,
    movedOn: movedOn as string,
    fromEstablishment: from,
    toEstablishment: to,
  }));
}
export type ParsedCustodyNotice = NonNullable<
  ReturnType<typeof parseCustodyNotice>['value']
>;
