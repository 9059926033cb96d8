import {
  compareNewestFirst,
  pickDateBetween,
  type Random,
  type SyntheticNominal,
} from '@marsoc/platform';
import {
  type PoliceWarningMarkerCode,
  type PoliceWarningMarkerRow,
} from '../repository/PoliceRepository';
import { RECORDS_AS_AT, startOfRecordFor } from './dates';

/** What an officer reads beside each PNC warning signal, a few ways it is written. */
// prettier-ignore
const MARKER_DESCRIPTIONS: Readonly<Record<PoliceWarningMarkerCode, readonly string[]>> = {
  VI: ['Violent towards police on arrest', 'Assaulted custody staff; two officers required', 'Uses violence to enforce drug debts'],
  WE: ['Known to carry a bladed article', 'Conceals knives in vehicle door panels', 'Found in possession of a weapon on arrest'],
  FI: ['Reported access to a handgun', 'Linked to the storage of firearms for an OCG'],
  DR: ['Supplies controlled drugs; may conceal drugs internally', 'Known user of crack cocaine and heroin'],
  ES: ['Attempted escape from a prison escort', 'Absconded from open conditions'],
  SU: ['History of self-harm in custody', 'Threatened suicide when arrested'],
  MH: ['Diagnosed mental health condition; check the custody record', 'Section 136 detention recorded'],
  CO: ['Reports a blood-borne virus; wear protective equipment', 'Spat at officers claiming to be infectious'],
  AT: ['Diabetic; needs insulin while detained', 'Epileptic; seizure recorded in custody'],
  XP: ['Intelligence of access to improvised explosive devices'],
};

// prettier-ignore
const SOC_MARKERS: readonly PoliceWarningMarkerCode[] = ['VI', 'WE', 'DR', 'FI', 'VI', 'WE', 'DR'];
// prettier-ignore
const OTHER_MARKERS: readonly PoliceWarningMarkerCode[] = ['ES', 'SU', 'MH', 'CO', 'AT', 'XP'];

function pickMarkerCodes(
  random: Random,
  count: number,
  required: readonly PoliceWarningMarkerCode[],
): PoliceWarningMarkerCode[] {
  const codes = new Set<PoliceWarningMarkerCode>(required);
  for (
    let attempt = 0;
    codes.size < count && attempt < count * 4;
    attempt += 1
  ) {
    codes.add(
      random.chance(0.75)
        ? random.pick(SOC_MARKERS)
        : random.pick(OTHER_MARKERS),
    );
  }
  return [...codes];
}

/** Warning markers, one per code, newest first; `required` codes always appear. */
export function generateWarningMarkers(
  random: Random,
  nominal: SyntheticNominal,
  count: number,
  required: readonly PoliceWarningMarkerCode[] = [],
): PoliceWarningMarkerRow[] {
  const from = startOfRecordFor(nominal.dateOfBirth);
  return pickMarkerCodes(random, count, required)
    .map((code) => ({
      nominalId: nominal.id,
      code,
      description: random.pick(MARKER_DESCRIPTIONS[code]),
      dateAdded: pickDateBetween(random, from, RECORDS_AS_AT),
    }))
    .sort((left, right) => compareNewestFirst(left.dateAdded, right.dateAdded));
}
