import { type Region } from '@marsoc/schema';

/** Crown Courts that sentence and remand synthetic nominals, by MARSOC region. */
export const CROWN_COURTS: Readonly<Record<Region, readonly string[]>> = {
  NORTH_EAST: ['Newcastle Crown Court', 'Teesside Crown Court'],
  NORTH_WEST: [
    'Liverpool Crown Court',
    'Manchester Crown Court (Minshull Street)',
    'Preston Crown Court',
    // North Wales Police is in the North West ROCU (seed 003 A:845-860).
    'Mold Crown Court',
  ],
  YORKSHIRE_AND_HUMBER: [
    'Leeds Crown Court',
    'Sheffield Crown Court',
    'Hull Crown Court',
  ],
  EAST_MIDLANDS: [
    'Nottingham Crown Court',
    'Leicester Crown Court',
    'Derby Crown Court',
  ],
  WEST_MIDLANDS: [
    'Birmingham Crown Court',
    'Wolverhampton Crown Court',
    'Stoke-on-Trent Crown Court',
  ],
  // Kent's Crown Court sits in the Eastern region (Kent Police, ERSOU: seed 003 A:845-860).
  EASTERN: [
    'Chelmsford Crown Court',
    'Norwich Crown Court',
    'Cambridge Crown Court',
    'Maidstone Crown Court',
  ],
  SOUTH_EAST: [
    'Lewes Crown Court',
    'Reading Crown Court',
    'Guildford Crown Court',
  ],
  SOUTH_WEST: [
    'Bristol Crown Court',
    'Exeter Crown Court',
    'Plymouth Crown Court',
  ],
  WALES: [
    'Cardiff Crown Court',
    'Swansea Crown Court',
    'Merthyr Tydfil Crown Court',
  ],
  LONDON: [
    'Southwark Crown Court',
    'Woolwich Crown Court',
    'Central Criminal Court',
  ],
};

const REGION_BY_COURT = new Map<string, Region>(
  (Object.entries(CROWN_COURTS) as [Region, readonly string[]][]).flatMap(
    ([region, courts]) =>
      courts.map((court): [string, Region] => [court, region]),
  ),
);

export function findCrownCourtRegion(name: string): Region | undefined {
  return REGION_BY_COURT.get(name);
}
