import { type Region } from '@marsoc/schema';

/** The ROCU and forces of one MARSOC region (hubs sit in the ROCUs, seed 000 E182). */
export interface RegionalUnits {
  /** Two-letter code used in APMIS references. */
  code: string;
  rocu: string;
  forces: readonly string[];
}

/**
 * Owners of master-list entries and threats. Force names follow the real
 * territorial forces; the ROCU names are simplified and every record that names
 * them is fictional.
 */
export const REGIONAL_UNITS: Readonly<Record<Region, RegionalUnits>> = {
  NORTH_EAST: {
    code: 'NE',
    rocu: 'North East ROCU',
    forces: ['Northumbria Police', 'Durham Constabulary', 'Cleveland Police'],
  },
  NORTH_WEST: {
    code: 'NW',
    rocu: 'North West ROCU',
    forces: [
      'Greater Manchester Police',
      'Merseyside Police',
      'Lancashire Constabulary',
      'Cheshire Constabulary',
      'Cumbria Constabulary',
    ],
  },
  YORKSHIRE_AND_HUMBER: {
    code: 'YH',
    rocu: 'Yorkshire and the Humber ROCU',
    forces: [
      'West Yorkshire Police',
      'South Yorkshire Police',
      'Humberside Police',
      'North Yorkshire Police',
    ],
  },
  EAST_MIDLANDS: {
    code: 'EM',
    rocu: 'East Midlands ROCU',
    forces: [
      'Nottinghamshire Police',
      'Derbyshire Constabulary',
      'Leicestershire Police',
      'Lincolnshire Police',
      'Northamptonshire Police',
    ],
  },
  WEST_MIDLANDS: {
    code: 'WM',
    rocu: 'West Midlands ROCU',
    forces: [
      'West Midlands Police',
      'Staffordshire Police',
      'West Mercia Police',
      'Warwickshire Police',
    ],
  },
  EASTERN: {
    code: 'EE',
    rocu: 'Eastern ROCU',
    forces: [
      'Essex Police',
      'Hertfordshire Constabulary',
      'Bedfordshire Police',
      'Cambridgeshire Constabulary',
      'Norfolk Constabulary',
      'Suffolk Constabulary',
    ],
  },
  SOUTH_EAST: {
    code: 'SE',
    rocu: 'South East ROCU',
    forces: [
      'Thames Valley Police',
      'Hampshire and Isle of Wight Constabulary',
      'Kent Police',
      'Surrey Police',
      'Sussex Police',
    ],
  },
  SOUTH_WEST: {
    code: 'SW',
    rocu: 'South West ROCU',
    forces: [
      'Avon and Somerset Police',
      'Devon and Cornwall Police',
      'Dorset Police',
      'Gloucestershire Constabulary',
      'Wiltshire Police',
    ],
  },
  WALES: {
    code: 'WA',
    rocu: 'Wales ROCU',
    forces: [
      'South Wales Police',
      'Gwent Police',
      'Dyfed-Powys Police',
      'North Wales Police',
    ],
  },
  LONDON: {
    code: 'LN',
    rocu: 'London ROCU',
    forces: ['Metropolitan Police Service', 'City of London Police'],
  },
};
