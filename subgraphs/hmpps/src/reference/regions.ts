import { type Region } from '@marsoc/schema';

/** How a MARSOC region reads in a sanitised summary. */
export const REGION_NAMES: Readonly<Record<Region, string>> = {
  NORTH_EAST: 'North East',
  NORTH_WEST: 'North West',
  YORKSHIRE_AND_HUMBER: 'Yorkshire and the Humber',
  EAST_MIDLANDS: 'East Midlands',
  WEST_MIDLANDS: 'West Midlands',
  EASTERN: 'Eastern',
  SOUTH_EAST: 'South East',
  SOUTH_WEST: 'South West',
  WALES: 'Wales',
  LONDON: 'London',
};

/** A probation region of England and Wales and some of its probation delivery units. */
export interface ProbationRegion {
  name: string;
  deliveryUnits: readonly string[];
}

/**
 * The twelve probation regions, grouped under the MARSOC region they sit in
 * (the North West holds two, as does the South East). MARSOC regions follow the
 * ROCUs, so a probation region that spans two ROCUs appears under both with
 * its delivery units split: Kent, Surrey and Sussex, and Wales.
 */
export const PROBATION_REGIONS: Readonly<
  Record<Region, readonly ProbationRegion[]>
> = {
  NORTH_EAST: [
    { name: 'North East', deliveryUnits: ['Newcastle', 'Durham', 'Teesside'] },
  ],
  NORTH_WEST: [
    {
      name: 'North West',
      deliveryUnits: [
        'Liverpool North',
        'Liverpool South',
        'Wirral',
        'Lancashire West',
      ],
    },
    {
      name: 'Greater Manchester',
      deliveryUnits: ['Manchester North', 'Salford', 'Bolton'],
    },
    // North Wales Police is in the North West ROCU (seed 003 A:845-860).
    { name: 'Wales', deliveryUnits: ['North Wales'] },
  ],
  YORKSHIRE_AND_HUMBER: [
    {
      name: 'Yorkshire and the Humber',
      deliveryUnits: ['Leeds', 'Sheffield', 'Hull'],
    },
  ],
  EAST_MIDLANDS: [
    {
      name: 'East Midlands',
      deliveryUnits: ['Nottingham City', 'Leicester', 'Derby City'],
    },
  ],
  WEST_MIDLANDS: [
    {
      name: 'West Midlands',
      deliveryUnits: ['Birmingham Central', 'Wolverhampton', 'Stoke'],
    },
  ],
  EASTERN: [
    {
      name: 'East of England',
      deliveryUnits: ['Essex South', 'Norfolk', 'Cambridgeshire'],
    },
    // Kent Police is in the Eastern ROCU (seed 003 A:845-860).
    {
      name: 'Kent, Surrey and Sussex',
      deliveryUnits: ['Kent West', 'Kent East'],
    },
  ],
  SOUTH_EAST: [
    {
      name: 'Kent, Surrey and Sussex',
      deliveryUnits: ['Surrey', 'Brighton and East Sussex'],
    },
    {
      name: 'South Central',
      deliveryUnits: ['Oxfordshire', 'Hampshire North', 'Thames Valley West'],
    },
  ],
  SOUTH_WEST: [
    { name: 'South West', deliveryUnits: ['Bristol', 'Devon', 'Plymouth'] },
  ],
  WALES: [
    {
      name: 'Wales',
      deliveryUnits: ['Cardiff and the Vale', 'Swansea', 'Gwent'],
    },
  ],
  LONDON: [
    {
      name: 'London',
      deliveryUnits: ['Lambeth', 'Hackney', 'Croydon', 'Barnet'],
    },
  ],
};
