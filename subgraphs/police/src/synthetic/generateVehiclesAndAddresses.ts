import {
  addDays,
  compareNewestFirst,
  pickDateBetween,
  type Random,
  type SyntheticNominal,
} from '@marsoc/platform';
import {
  type PoliceAddressRow,
  type PoliceVehicleRow,
} from '../repository/PoliceRepository';
import { RECORDS_AS_AT, startOfRecordFor } from './dates';
import { createAddress, createRegistrationMark } from './places';

// prettier-ignore
const VEHICLES = [
  ['Audi', 'A3'], ['BMW', '3 Series'], ['Volkswagen', 'Golf'], ['Ford', 'Transit Custom'],
  ['Mercedes-Benz', 'Sprinter'], ['Land Rover', 'Range Rover Sport'], ['Toyota', 'Prius'],
  ['Vauxhall', 'Corsa'], ['Ford', 'Fiesta'], ['Nissan', 'Qashqai'], ['Kia', 'Sportage'],
] as const;
const COLOURS = ['Black', 'Grey', 'Silver', 'White', 'Blue', 'Red'] as const;
// prettier-ignore
const LINK_TYPES = ['REGISTERED_KEEPER', 'REGISTERED_KEEPER', 'DRIVER', 'PASSENGER'] as const;

/** Vehicles the nominal has been linked to, the most recent link first. */
export function generateVehicles(
  random: Random,
  nominal: SyntheticNominal,
  count: number,
): PoliceVehicleRow[] {
  const from = startOfRecordFor(nominal.dateOfBirth);
  const rows = Array.from({ length: count }, (): PoliceVehicleRow => {
    const [make, model] = random.pick(VEHICLES);
    const linkedFrom = pickDateBetween(random, from, RECORDS_AS_AT);
    const current = random.chance(0.5);
    return {
      nominalId: nominal.id,
      vrm: createRegistrationMark(random),
      make,
      model,
      colour: random.pick(COLOURS),
      linkType: random.pick(LINK_TYPES),
      linkedFrom,
      linkedTo: current
        ? null
        : pickDateBetween(random, linkedFrom, RECORDS_AS_AT),
    };
  });
  return rows.sort((left, right) =>
    compareNewestFirst(left.linkedFrom, right.linkedFrom),
  );
}

/**
 * The current home address first, then earlier homes (each ending the day
 * before the next began) and finally addresses the nominal is associated with.
 */
export function generateAddresses(
  random: Random,
  nominal: SyntheticNominal,
  homes: number,
  associated: number,
): PoliceAddressRow[] {
  const from = startOfRecordFor(nominal.dateOfBirth);
  const moves = Array.from({ length: homes }, () =>
    pickDateBetween(random, from, RECORDS_AS_AT),
  ).sort(compareNewestFirst);
  const homeRows = moves.map((fromDate, index): PoliceAddressRow => {
    const nextMove = moves[index - 1];
    const dayBeforeNextMove =
      nextMove === undefined ? null : addDays(nextMove, -1);
    return {
      nominalId: nominal.id,
      address: createAddress(random, nominal.region),
      type: 'HOME',
      fromDate,
      // Two moves on one day: the earlier home ends the day it began.
      toDate:
        dayBeforeNextMove !== null && dayBeforeNextMove < fromDate
          ? fromDate
          : dayBeforeNextMove,
    };
  });
  const associatedRows = Array.from(
    { length: associated },
    (): PoliceAddressRow => {
      const fromDate = pickDateBetween(random, from, RECORDS_AS_AT);
      return {
        nominalId: nominal.id,
        address: createAddress(random, nominal.region),
        type: 'ASSOCIATED',
        fromDate,
        toDate: random.chance(0.5)
          ? null
          : pickDateBetween(random, fromDate, RECORDS_AS_AT),
      };
    },
  );
  return [...homeRows, ...associatedRows];
}
