import { type Random, type SyntheticNominal } from '@marsoc/platform';
import { type ApmisNominalRow } from '../repository/ApmisRepository';
import { formatApmisReference } from './nominalReferences';
import { REGIONAL_UNITS } from './owningUnits';

/**
 * A nominal's master-list entry. ROCUs own OCG mapping
 * (docs/sources.md#standards-and-guidance), so they own every nominated entry and most others; a force owns the rest.
 */
export function createNominalRecord(
  nominal: SyntheticNominal,
  random: Random,
): ApmisNominalRow {
  const units = REGIONAL_UNITS[nominal.region];
  const ownedByRocu = nominal.nomination !== null || random.chance(0.6);
  return {
    nominalId: nominal.id,
    apmisReference: formatApmisReference(nominal),
    name: `${nominal.surname.toUpperCase()}, ${nominal.forename}`,
    dateOfBirth: nominal.dateOfBirth,
    region: nominal.region,
    owningUnit: ownedByRocu ? units.rocu : random.pick(units.forces),
  };
}
