import { type Region } from '@marsoc/schema';
import { type Random } from './random';

/** The unit that leads on serious and organised crime in a MARSOC region. */
export interface SocUnit {
  /** The name the HMICFRS inspections use (seed 003 A:845–860). */
  name: string;
  /** The name the unit goes by publicly, as records and tokens write it. */
  shortName: string;
}

/** One MARSOC region: its SOC unit and the territorial forces it serves. */
export interface RegionalGeography {
  /** Two letters for references (APMIS, custody, intelligence, OCGs), distinct per region. */
  code: string;
  socUnit: SocUnit;
  forces: readonly string[];
}

/**
 * The ten MARSOC regions, whose hubs sit in the ROCUs (seed 000 E182), with the
 * forces each ROCU serves as seed 003 lists them (A:845–860): nine ROCUs
 * serving 3–7 forces each, 43 territorial
 * forces (A:47, A:75; seed 004 B:142). Kent sits in the Eastern region and North
 * Wales in the North West; London has no ROCU (B:142), so the Metropolitan
 * Police Service's own serious and organised crime command owns its work. The
 * seeds give each ROCU's descriptive name; the short names (EMSOU, ERSOU,
 * NERSOU, ROCUWM, SEROCU, SWROCU, TITAN, YHROCU) are the units' public names,
 * which the seeds do not print (Tarian they do). British Transport Police, which
 * seed 003 places in the London region, is not territorial and has no
 * nominals here.
 */
// prettier-ignore
export const REGIONAL_GEOGRAPHY: Readonly<Record<Region, RegionalGeography>> = {
  EAST_MIDLANDS: {
    code: 'EM',
    socUnit: { name: 'East Midlands Special Operations Unit', shortName: 'EMSOU' },
    forces: ['Derbyshire Constabulary', 'Leicestershire Police', 'Lincolnshire Police', 'Northamptonshire Police', 'Nottinghamshire Police'],
  },
  EASTERN: {
    code: 'EE',
    socUnit: { name: 'Eastern Region Special Operations Unit', shortName: 'ERSOU' },
    forces: ['Bedfordshire Police', 'Cambridgeshire Constabulary', 'Essex Police', 'Hertfordshire Constabulary', 'Kent Police', 'Norfolk Constabulary', 'Suffolk Constabulary'],
  },
  NORTH_EAST: {
    code: 'NE',
    socUnit: { name: 'North East Regional Special Operations Unit', shortName: 'NERSOU' },
    forces: ['Cleveland Police', 'Durham Constabulary', 'Northumbria Police'],
  },
  WEST_MIDLANDS: {
    code: 'WM',
    socUnit: { name: 'ROCU for the West Midlands Region', shortName: 'ROCUWM' },
    forces: ['Staffordshire Police', 'Warwickshire Police', 'West Mercia Police', 'West Midlands Police'],
  },
  SOUTH_EAST: {
    code: 'SE',
    socUnit: { name: 'South East ROCU', shortName: 'SEROCU' },
    forces: ['Hampshire and Isle of Wight Constabulary', 'Surrey Police', 'Sussex Police', 'Thames Valley Police'],
  },
  SOUTH_WEST: {
    code: 'SW',
    socUnit: { name: 'South West ROCU', shortName: 'SWROCU' },
    forces: ['Avon and Somerset Police', 'Devon and Cornwall Police', 'Dorset Police', 'Gloucestershire Constabulary', 'Wiltshire Police'],
  },
  WALES: {
    code: 'WA',
    socUnit: { name: 'Tarian', shortName: 'Tarian' },
    forces: ['Dyfed-Powys Police', 'Gwent Police', 'South Wales Police'],
  },
  NORTH_WEST: {
    code: 'NW',
    socUnit: { name: 'North West ROCU', shortName: 'TITAN' },
    forces: ['Cheshire Constabulary', 'Cumbria Constabulary', 'Greater Manchester Police', 'Lancashire Constabulary', 'Merseyside Police', 'North Wales Police'],
  },
  YORKSHIRE_AND_HUMBER: {
    code: 'YH',
    socUnit: { name: 'Yorkshire & the Humber ROCU', shortName: 'YHROCU' },
    forces: ['Humberside Police', 'North Yorkshire Police', 'South Yorkshire Police', 'West Yorkshire Police'],
  },
  LONDON: {
    code: 'LN',
    // No ROCU in London (seed 004 B:142): the Met's Specialist Crime command
    // (its public name; the seeds do not name it) leads on organised crime.
    socUnit: { name: 'Metropolitan Police Service (Specialist Crime)', shortName: 'Metropolitan Police Service (Specialist Crime)' },
    forces: ['Metropolitan Police Service', 'City of London Police'],
  },
};

/** How a region's SOC unit reads on a record: "TITAN (North West ROCU)". */
export function socUnitOf(region: Region): string {
  const { name, shortName } = REGIONAL_GEOGRAPHY[region].socUnit;
  return name === shortName ? name : `${shortName} (${name})`;
}

/** The region a force belongs to, or undefined for a name that is not a force here. */
export function regionOfForce(force: string): Region | undefined {
  return (Object.keys(REGIONAL_GEOGRAPHY) as Region[]).find((region) =>
    REGIONAL_GEOGRAPHY[region].forces.includes(force),
  );
}

/** A nominal's home force, one of the region's. */
export function pickHomeForce(random: Random, region: Region): string {
  return random.pick(REGIONAL_GEOGRAPHY[region].forces);
}
