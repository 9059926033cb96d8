import { type Region } from '@marsoc/schema';
import { CROWN_COURTS, type Random, socUnitOf } from '@marsoc/platform';

interface RegionPlaces {
  towns: readonly [string, string];
  /** Two letters for references; distinct per region. */
  code: string;
}

/**
 * Obviously made-up towns, streets and postcodes: no address here exists. The
 * forces, ROCUs and Crown Courts are the real ones of the nominal's region
 * (platform geography.ts), so that police, APMIS and HMPPS name the same units.
 */
// prettier-ignore
const PLACES: Readonly<Record<Region, RegionPlaces>> = {
  NORTH_EAST: { towns: ['Fablethorpe', 'Staithe-on-Nowhere'], code: 'NM' },
  NORTH_WEST: { towns: ['Mockbury', 'Inventley'], code: 'MK' },
  YORKSHIRE_AND_HUMBER: { towns: ['Dreamwick', 'Figmentford'], code: 'WW' },
  EAST_MIDLANDS: { towns: ['Notham', 'Pretendon'], code: 'NS' },
  WEST_MIDLANDS: { towns: ['Fancastle', 'Whimsley'], code: 'MV' },
  EASTERN: { towns: ['Yarnmouth', 'Taleham'], code: 'FF' },
  SOUTH_EAST: { towns: ['Storyport', 'Makebelieve-on-Sea'], code: 'DS' },
  SOUTH_WEST: { towns: ['Fabledon', 'Yarncombe'], code: 'WS' },
  WALES: { towns: ['Llanffug', 'Aberdychymyg'], code: 'GF' },
  LONDON: { towns: ['Mockney Wick', 'Fibbersfield'], code: 'MP' },
};

// prettier-ignore
const STREET_NAMES = [
  'Larkspur', 'Bramble', 'Foxglove', 'Hawthorn', 'Kestrel', 'Nettle', 'Rowan', 'Sorrel',
  'Teasel', 'Wagtail', 'Yarrow', 'Campion', 'Linnet', 'Burdock', 'Heron', 'Sloe',
] as const;
// prettier-ignore
const STREET_KINDS = ['Lane', 'Close', 'Road', 'Street', 'Avenue', 'Gardens', 'Way', 'Crescent', 'Terrace'] as const;

export function pickTown(random: Random, region: Region): string {
  return random.pick(PLACES[region].towns);
}

export function pickStreet(random: Random): string {
  return `${random.pick(STREET_NAMES)} ${random.pick(STREET_KINDS)}`;
}

/** A two-letter code for references (custody records, intelligence reports, OCGs). */
export function forceCodeOf(region: Region): string {
  return PLACES[region].code;
}

/** The unit that maps OCGs for the region: its ROCU, or the Met's command in London. */
export function mappingUnitOf(region: Region): string {
  return socUnitOf(region);
}

export function pickCourt(
  random: Random,
  region: Region,
  crownCourt: boolean,
): string {
  return crownCourt
    ? random.pick(CROWN_COURTS[region])
    : `${pickTown(random, region)} Magistrates' Court`;
}

function letter(random: Random): string {
  return String.fromCharCode(65 + random.integer(0, 25));
}

/**
 * A postcode in area "Q": no UK postcode begins with Q, so none of these can be
 * a real address.
 */
function createPostcode(random: Random): string {
  return `Q${letter(random)}${random.integer(1, 19)} ${random.integer(1, 9)}${letter(random)}${letter(random)}`;
}

/** "14 Larkspur Lane, Mockbury, QB4 7TX". The summariser relies on the comma-separated form. */
export function createAddress(random: Random, region: Region): string {
  return `${random.integer(1, 180)} ${pickStreet(random)}, ${pickTown(random, region)}, ${createPostcode(random)}`;
}

/**
 * A registration mark in the current GB shape but starting with Z, a letter GB
 * memory tags never use, so it cannot be a real vehicle.
 */
export function createRegistrationMark(random: Random): string {
  const age = String(random.integer(5, 23)).padStart(2, '0');
  return `Z${letter(random)}${age} ${letter(random)}${letter(random)}${letter(random)}`;
}
