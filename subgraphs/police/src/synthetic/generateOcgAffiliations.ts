import {
  describeGroup,
  type OrganisedCrimeGroup,
  pickDateBetween,
  pickGroupNumber,
  type Random,
  type SyntheticNominal,
} from '@marsoc/platform';
import {
  type PoliceOcgAffiliationRow,
  type PoliceOcgRole,
} from '../repository/PoliceRepository';
import { RECORDS_AS_AT, startOfRecordFor } from './dates';
import { mappingUnitOf } from './places';

function pickRole(random: Random, cohort: boolean): PoliceOcgRole {
  const roll = random.next();
  if (cohort)
    return roll < 0.4
      ? 'PRINCIPAL'
      : roll < 0.85
        ? 'SIGNIFICANT'
        : 'PERIPHERAL';
  return roll < 0.15 ? 'PRINCIPAL' : roll < 0.5 ? 'SIGNIFICANT' : 'PERIPHERAL';
}

/**
 * `count` affiliations to distinct groups, the strongest first. The first is
 * the nominal's own group from the shared population, the one whose business
 * APMIS's threat and the NCA's tiering describe (issue 16 point 8); any other
 * is a group police know them on the edge of.
 */
export function generateOcgAffiliations(
  random: Random,
  seed: string,
  nominal: SyntheticNominal,
  count: number,
): PoliceOcgAffiliationRow[] {
  const own = nominal.criminality.group;
  if (own === null || count === 0) return [];
  const groups: OrganisedCrimeGroup[] = [own];
  while (groups.length < count)
    groups.push(
      describeGroup(seed, nominal.region, pickGroupNumber(random, false)),
    );
  const rows = new Map<string, PoliceOcgAffiliationRow>();
  groups.forEach((group, index) => {
    rows.set(group.reference, {
      nominalId: nominal.id,
      groupReference: group.reference,
      groupName: group.name,
      role:
        index === 0
          ? pickRole(random, nominal.nomination !== null)
          : 'PERIPHERAL',
      threatScore: group.threatScore,
      band: group.band,
      mappedOn: pickDateBetween(
        random,
        startOfRecordFor(nominal.dateOfBirth),
        RECORDS_AS_AT,
      ),
      mappedBy: mappingUnitOf(nominal.region),
    });
  });
  return [...rows.values()];
}
