import { type Region } from '@marsoc/schema';

/**
 * The prison estate synthetic nominals are held in, shared by every subgraph
 * so that HMPPS's custody record and other agencies' intelligence name the same
 * establishment. Real public institutions (the people in them are fictional),
 * each placed in the MARSOC region of the ROCU whose forces police it (hubs sit
 * in the ROCUs, seed 000 E182), with the security categories it holds:
 * categories A-D are the adult male estate; restricted, closed and open the
 * women's estate.
 */
export type PrisonCategory =
  | 'CATEGORY_A'
  | 'CATEGORY_B'
  | 'CATEGORY_C'
  | 'CATEGORY_D'
  | 'RESTRICTED'
  | 'CLOSED'
  | 'OPEN';

export interface PrisonEstablishment {
  name: string;
  region: Region;
  holds: readonly PrisonCategory[];
}

const A_B: readonly PrisonCategory[] = ['CATEGORY_A', 'CATEGORY_B'];
const B: readonly PrisonCategory[] = ['CATEGORY_B'];
const C: readonly PrisonCategory[] = ['CATEGORY_C'];
const D: readonly PrisonCategory[] = ['CATEGORY_D'];
const WOMEN_RESTRICTED: readonly PrisonCategory[] = ['RESTRICTED', 'CLOSED'];
const WOMEN_CLOSED: readonly PrisonCategory[] = ['CLOSED'];
const WOMEN_OPEN: readonly PrisonCategory[] = ['OPEN'];

function inRegion(
  region: Region,
  entries: [string, readonly PrisonCategory[]][],
): PrisonEstablishment[] {
  return entries.map(([name, holds]) => ({ name, region, holds }));
}

export const PRISON_ESTABLISHMENTS: readonly PrisonEstablishment[] = [
  ...inRegion('NORTH_WEST', [
    ['HMP Altcourse', B],
    ['HMP Manchester', A_B],
    ['HMP Liverpool', B],
    ['HMP Forest Bank', B],
    ['HMP Garth', B],
    ['HMP Risley', C],
    ['HMP Wymott', C],
    ['HMP Buckley Hall', C],
    ['HMP Kirkham', D],
    ['HMP Styal', WOMEN_CLOSED],
    // In Wrexham: North Wales Police is in the North West ROCU (seed 003 A:845-860).
    ['HMP Berwyn', C],
  ]),
  ...inRegion('NORTH_EAST', [
    ['HMP Frankland', A_B],
    ['HMP Durham', B],
    ['HMP Holme House', C],
    ['HMP Northumberland', C],
    ['HMP Kirklevington Grange', D],
    ['HMP Low Newton', WOMEN_RESTRICTED],
  ]),
  ...inRegion('YORKSHIRE_AND_HUMBER', [
    ['HMP Wakefield', A_B],
    ['HMP Full Sutton', A_B],
    ['HMP Leeds', B],
    ['HMP Doncaster', B],
    ['HMP Hull', B],
    ['HMP Lindholme', C],
    ['HMP Humber', C],
    ['HMP Hatfield', D],
    ['HMP New Hall', WOMEN_RESTRICTED],
    ['HMP Askham Grange', WOMEN_OPEN],
  ]),
  ...inRegion('EAST_MIDLANDS', [
    ['HMP Nottingham', B],
    ['HMP Leicester', B],
    ['HMP Gartree', B],
    ['HMP Ranby', C],
    ['HMP Stocken', C],
    ['HMP North Sea Camp', D],
    ['HMP Foston Hall', WOMEN_CLOSED],
  ]),
  ...inRegion('WEST_MIDLANDS', [
    ['HMP Long Lartin', A_B],
    ['HMP Birmingham', B],
    ['HMP Hewell', B],
    ['HMP Oakwood', C],
    ['HMP Featherstone', C],
    ['HMP Stoke Heath', C],
  ]),
  ...inRegion('EASTERN', [
    ['HMP Whitemoor', A_B],
    ['HMP Norwich', B],
    ['HMP Chelmsford', B],
    ['HMP Bedford', B],
    ['HMP Highpoint', C],
    ['HMP Littlehey', C],
    ['HMP Hollesley Bay', D],
    ['HMP Peterborough', WOMEN_CLOSED],
    // Kent's prisons: Kent Police is in the Eastern ROCU (seed 003 A:845-860).
    ['HMP Elmley', B],
    ['HMP Swaleside', B],
    ['HMP East Sutton Park', WOMEN_OPEN],
  ]),
  ...inRegion('SOUTH_EAST', [
    ['HMP Woodhill', A_B],
    ['HMP Lewes', B],
    ['HMP Bullingdon', B],
    ['HMP Isle of Wight', C],
    ['HMP Ford', D],
    ['HMP Bronzefield', WOMEN_RESTRICTED],
    ['HMP Send', WOMEN_CLOSED],
  ]),
  ...inRegion('SOUTH_WEST', [
    ['HMP Bristol', B],
    ['HMP Exeter', B],
    ['HMP Channings Wood', C],
    ['HMP Erlestoke', C],
    ['HMP Guys Marsh', C],
    ['HMP Leyhill', D],
    ['HMP Eastwood Park', WOMEN_CLOSED],
  ]),
  ...inRegion('WALES', [
    ['HMP Cardiff', B],
    ['HMP Swansea', B],
    ['HMP Parc', B],
    ['HMP Usk', C],
    ['HMP Prescoed', D],
  ]),
  ...inRegion('LONDON', [
    ['HMP Belmarsh', A_B],
    ['HMP Pentonville', B],
    ['HMP Wandsworth', B],
    ['HMP Thameside', B],
    ['HMP Wormwood Scrubs', B],
    ['HMP Brixton', C],
    ['HMP Downview', WOMEN_CLOSED],
  ]),
];

const BY_NAME = new Map(
  PRISON_ESTABLISHMENTS.map((establishment) => [
    establishment.name,
    establishment,
  ]),
);

export function findPrisonEstablishment(
  name: string,
): PrisonEstablishment | undefined {
  return BY_NAME.get(name);
}

/** Closed establishments that hold long-term or training populations and do not receive from court. */
const NOT_RECEPTION = new Set([
  'HMP Wakefield',
  'HMP Full Sutton',
  'HMP Frankland',
  'HMP Long Lartin',
  'HMP Whitemoor',
  'HMP Garth',
  'HMP Gartree',
  'HMP Swaleside',
  'HMP Send',
]);

/** True for a local (reception) prison: where courts send people remanded, sentenced or recalled. */
export function isReceptionPrison(establishment: PrisonEstablishment): boolean {
  const closed =
    establishment.holds.includes('CATEGORY_B') ||
    establishment.holds.includes('CLOSED');
  return closed && !NOT_RECEPTION.has(establishment.name);
}
