import { type Region } from '@marsoc/schema';
import { type Random } from '@marsoc/platform';

interface RegionPlaces {
  /** A fictional county, named in its force. */
  county: string;
  towns: readonly [string, string];
  /** The unit that maps OCGs for the region (the ROCU, or the Met for London). */
  mappingUnit: string;
  /** Two letters for references; distinct per region, so no OCG spans two regions by accident. */
  code: string;
}

/** Obviously made-up places: no address, court or force here exists. */
// prettier-ignore
const PLACES: Readonly<Record<Region, RegionPlaces>> = {
  NORTH_EAST: { county: 'Northmarsh', towns: ['Fablethorpe', 'Staithe-on-Nowhere'], mappingUnit: 'NERSOU', code: 'NM' },
  NORTH_WEST: { county: 'Mockshire', towns: ['Mockbury', 'Inventley'], mappingUnit: 'NWROCU', code: 'MK' },
  YORKSHIRE_AND_HUMBER: { county: 'West Wolding', towns: ['Dreamwick', 'Figmentford'], mappingUnit: 'YHROCU', code: 'WW' },
  EAST_MIDLANDS: { county: 'Notshire', towns: ['Notham', 'Pretendon'], mappingUnit: 'EMSOU', code: 'NS' },
  WEST_MIDLANDS: { county: 'Mercian Vale', towns: ['Fancastle', 'Whimsley'], mappingUnit: 'WMROCU', code: 'MV' },
  EASTERN: { county: 'Fenfable', towns: ['Yarnmouth', 'Taleham'], mappingUnit: 'ERSOU', code: 'FF' },
  SOUTH_EAST: { county: 'Downshire', towns: ['Storyport', 'Makebelieve-on-Sea'], mappingUnit: 'SEROCU', code: 'DS' },
  SOUTH_WEST: { county: 'Wessmoor', towns: ['Fabledon', 'Yarncombe'], mappingUnit: 'SWROCU', code: 'WS' },
  WALES: { county: 'Gwent Ffug', towns: ['Llanffug', 'Aberdychymyg'], mappingUnit: 'TARIAN', code: 'GF' },
  LONDON: { county: 'Metropolis', towns: ['Mockney Wick', 'Fibbersfield'], mappingUnit: 'MPS Specialist Crime', code: 'MP' },
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

export function forceOf(region: Region): string {
  const county = PLACES[region].county;
  return region === 'LONDON'
    ? 'Metropolis Police Service'
    : `${county} Constabulary`;
}

/** A two-letter code for references (custody records, intelligence reports, OCGs). */
export function forceCodeOf(region: Region): string {
  return PLACES[region].code;
}

export function mappingUnitOf(region: Region): string {
  return PLACES[region].mappingUnit;
}

export function pickCourt(
  random: Random,
  region: Region,
  crownCourt: boolean,
): string {
  return `${pickTown(random, region)} ${crownCourt ? 'Crown Court' : "Magistrates' Court"}`;
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
