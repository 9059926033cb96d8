import {
  createRandom,
  type Random,
  SURNAMES,
  type SyntheticNominal,
} from '@marsoc/platform';
import {
  type PoliceAddressRow,
  type PoliceAliasRow,
  type PoliceArrestRow,
  type PoliceConvictionRow,
  type PoliceIntelligenceReportRecord,
  type PoliceNominalRow,
  type PoliceOcgAffiliationRow,
  type PoliceVehicleRow,
  type PoliceWarningMarkerRow,
} from '../repository/PoliceRepository';
import {
  generateArrests,
  generateConvictions,
} from './generateCriminalHistory';
import { generateIntelligenceReports } from './generateIntelligenceReports';
import { generateOcgAffiliations } from './generateOcgAffiliations';
import {
  generateAddresses,
  generateVehicles,
} from './generateVehiclesAndAddresses';
import { generateWarningMarkers } from './generateWarningMarkers';
import { type ReportFacts } from './intelligenceThemes';
import { pickStreet, pickTown } from './places';
import { pickRecordProfile } from './pickRecordProfile';

/** Everything the police hold about one nominal, ready to store. */
export interface PoliceRecordSet {
  nominal: PoliceNominalRow;
  aliases: PoliceAliasRow[];
  warningMarkers: PoliceWarningMarkerRow[];
  arrests: PoliceArrestRow[];
  convictions: PoliceConvictionRow[];
  intelligenceReports: PoliceIntelligenceReportRecord[];
  ocgAffiliations: PoliceOcgAffiliationRow[];
  vehicles: PoliceVehicleRow[];
  addresses: PoliceAddressRow[];
}

// prettier-ignore
const NATIONALITIES = ['Irish', 'Polish', 'Portuguese', 'Dutch', 'Lithuanian', 'Jamaican', 'Turkish'] as const;
// prettier-ignore
const LINE_NAMES = ['Toffee', 'Rocket', 'Sunny', 'Bravo', 'Tango', 'Kipper'] as const;

function createNominalRow(
  random: Random,
  nominal: SyntheticNominal,
): PoliceNominalRow {
  const roll = random.next();
  return {
    nominalId: nominal.id,
    pncId: nominal.pncId,
    croNumber: nominal.croNumber,
    forename: nominal.forename,
    surname: nominal.surname,
    dateOfBirth: nominal.dateOfBirth,
    gender: nominal.gender,
    nationality:
      roll < 0.85 ? 'British' : roll < 0.95 ? random.pick(NATIONALITIES) : null,
  };
}

function createAliases(
  random: Random,
  nominal: SyntheticNominal,
  aliasName: boolean,
): PoliceAliasRow[] {
  const nicknames = [...new Set(nominal.aliases)].map(
    (name): PoliceAliasRow => ({
      nominalId: nominal.id,
      name,
      type: 'NICKNAME',
    }),
  );
  if (!aliasName) return nicknames;
  return [
    ...nicknames,
    {
      nominalId: nominal.id,
      name: `${nominal.forename} ${random.pick(SURNAMES)}`,
      type: 'ALIAS_NAME',
    },
  ];
}

/** What the reports say is drawn from the rest of the record, so the picture hangs together. */
function gatherFacts(
  random: Random,
  nominal: SyntheticNominal,
  records: Omit<PoliceRecordSet, 'intelligenceReports'>,
): ReportFacts {
  const vehicle = records.vehicles[0];
  const home = records.addresses[0]?.address.split(', ')[1];
  return {
    name: `${nominal.forename} ${nominal.surname}`,
    nickname: nominal.aliases[0] ?? nominal.forename,
    town: home ?? pickTown(random, nominal.region),
    street: pickStreet(random),
    vehicle: vehicle
      ? `${vehicle.colour.toLowerCase()} ${vehicle.make} ${vehicle.model} (${vehicle.vrm})`
      : 'hire car',
    group: nominal.criminality.group?.name ?? 'a local organised crime group',
    // The establishment HMPPS holds them in (or released them from): the
    // shared custodial episode. Only nominals with one get prison intelligence.
    prison: nominal.custody?.establishment ?? 'prison',
    wing: random.pick(['A', 'B', 'C', 'D', 'E', 'F'] as const),
    amount: random.integer(2, 60),
    lineName: random.pick(LINE_NAMES),
  };
}

/**
 * The police record of one nominal. Seeded by (seed, nominal id) alone, so a
 * nominal's record is the same whatever the population size.
 */
export function generatePoliceRecords(
  seed: string,
  nominal: SyntheticNominal,
): PoliceRecordSet {
  const random = createRandom(`${seed}:police:${nominal.id}`);
  const profile = pickRecordProfile(random, nominal);
  const records = {
    nominal: createNominalRow(random, nominal),
    aliases: createAliases(random, nominal, profile.aliasName),
    warningMarkers: generateWarningMarkers(
      random,
      nominal,
      profile.warningMarkers,
      profile.requiredWarningMarkers,
    ),
    arrests: generateArrests(random, nominal, profile.arrests),
    convictions: generateConvictions(random, nominal, profile.convictions),
    ocgAffiliations: generateOcgAffiliations(
      random,
      seed,
      nominal,
      profile.ocgAffiliations,
    ),
    vehicles: generateVehicles(random, nominal, profile.vehicles),
    addresses: generateAddresses(
      random,
      nominal,
      profile.homeAddresses,
      profile.associatedAddresses,
    ),
  };
  const facts = gatherFacts(random, nominal, records);
  const intelligenceReports = generateIntelligenceReports(
    random,
    nominal,
    facts,
    profile.intelligenceReports,
    profile.requiredReportHandlings,
  );
  return { ...records, intelligenceReports };
}
