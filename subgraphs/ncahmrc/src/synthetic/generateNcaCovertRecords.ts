import {
  createRandom,
  type SyntheticNominal,
  WELL_KNOWN_NOMINAL_ID,
} from '@marsoc/platform';
import { NCA_COMMANDS, OPERATION_CODEWORDS } from './fictionalNames';
import { COVERT_FIXTURE_NOMINAL_ID, holdsNcaRecord } from './generateNcaRecord';
import {
  type NcaCovertInterestRow,
  type NcaDeconflictionRow,
} from '../repository/NcaRepository';
import { LATEST_YEAR, pickDate } from './dates';

/** Share of NCA-known nominals with a covert interest. */
const COVERT_RATE = 0.12;
/** Share of the others that still carry the deconfliction flag. */
const DECONFLICTION_RATE_WITHOUT_COVERT = 0.5;

/** The one route every flag gives: it must not vary with the reason behind it. */
export const DECONFLICTION_ROUTE =
  'Contact the NCA MARSOC Officer (single point of contact) before any executive action.';

/**
 * A covert interest, drawn from a stream of its own so that deciding it changes
 * nothing in the overt record. Only NCA-known nominals can have one (every
 * covert nominal has an overt record); NOM-00002 always does, NOM-00001 never.
 */
export function generateNcaCovertInterest(
  seed: string,
  nominal: SyntheticNominal,
): Omit<NcaCovertInterestRow, 'marking'> | null {
  if (!holdsNcaRecord(nominal) || nominal.id === WELL_KNOWN_NOMINAL_ID)
    return null;
  const random = createRandom(`${seed}:nca-covert:${nominal.id}`);
  const covert = random.chance(COVERT_RATE);
  if (!covert && nominal.id !== COVERT_FIXTURE_NOMINAL_ID) return null;
  return {
    nominalId: nominal.id,
    operationName: `Operation ${random.pick(OPERATION_CODEWORDS)}`,
    interestType: random.pick([
      'COVERT_INVESTIGATION',
      'INTELLIGENCE_DEVELOPMENT',
      'SURVEILLANCE',
    ] as const),
    owningCommand: random.pick(NCA_COMMANDS),
    recordedOn: pickDate(random, 2020, LATEST_YEAR),
  };
}

/**
 * The deconfliction flag: always set where there is a covert interest, and on
 * half of the other NCA-known nominals (NOM-00001 included), so that a flag
 * says "ask first", never "covert".
 */
export function generateNcaDeconfliction(
  seed: string,
  nominal: SyntheticNominal,
  hasCovertInterest: boolean,
): Omit<NcaDeconflictionRow, 'contactBeforeAction'> | null {
  if (!holdsNcaRecord(nominal)) return null;
  const flagged =
    hasCovertInterest ||
    nominal.id === WELL_KNOWN_NOMINAL_ID ||
    createRandom(`${seed}:nca-deconfliction:${nominal.id}`).chance(
      DECONFLICTION_RATE_WITHOUT_COVERT,
    );
  return flagged ? { nominalId: nominal.id, route: DECONFLICTION_ROUTE } : null;
}
