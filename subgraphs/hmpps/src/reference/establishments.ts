import { type Region } from '@marsoc/schema';
import { type PrisonSecurityCategory } from '../repository/codes';

/**
 * Prisons in England and Wales that synthetic nominals are held in: real public
 * institutions (the people in them are fictional), each with its MARSOC region
 * and the security categories it holds. Categories A–D are the adult male
 * estate; restricted, closed and open are the women's estate.
 */
export interface Establishment {
  name: string;
  region: Region;
  holds: readonly PrisonSecurityCategory[];
}

const A_B: readonly PrisonSecurityCategory[] = ['CATEGORY_A', 'CATEGORY_B'];
const B: readonly PrisonSecurityCategory[] = ['CATEGORY_B'];
const C: readonly PrisonSecurityCategory[] = ['CATEGORY_C'];
const D: readonly PrisonSecurityCategory[] = ['CATEGORY_D'];
const WOMEN_RESTRICTED: readonly PrisonSecurityCategory[] = [
  'RESTRICTED',
  'CLOSED',
];
const WOMEN_CLOSED: readonly PrisonSecurityCategory[] = ['CLOSED'];
const WOMEN_OPEN: readonly PrisonSecurityCategory[] = ['OPEN'];

function inRegion(
  region: Region,
  entries: [string, readonly PrisonSecurityCategory[]][],
): Establishment[] {
  return entries.map(([name, holds]) => ({ name, region, holds }));
}

export const ESTABLISHMENTS: readonly Establishment[] = [
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
  ]),
  ...inRegion('SOUTH_EAST', [
    ['HMP Woodhill', A_B],
    ['HMP Elmley', B],
    ['HMP Lewes', B],
    ['HMP Bullingdon', B],
    ['HMP Swaleside', B],
    ['HMP Isle of Wight', C],
    ['HMP Ford', D],
    ['HMP Bronzefield', WOMEN_RESTRICTED],
    ['HMP Send', WOMEN_CLOSED],
    ['HMP East Sutton Park', WOMEN_OPEN],
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
    ['HMP Berwyn', C],
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
  ESTABLISHMENTS.map((establishment) => [establishment.name, establishment]),
);

export function findEstablishment(name: string): Establishment | undefined {
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
export function isReceptionPrison(establishment: Establishment): boolean {
  const closed =
    establishment.holds.includes('CATEGORY_B') ||
    establishment.holds.includes('CLOSED');
  return closed && !NOT_RECEPTION.has(establishment.name);
}
