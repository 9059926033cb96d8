import { createEnumeration } from './enumeration';

/** The organisations that own data or call the gateway (docs/policy-model.md#vocabulary). */
export const Agency = createEnumeration('Agency', [
  'POLICE',
  'HMPPS',
  'NCA',
  'HMRC',
  'DWP',
  'MARSOC',
] as const);
export type Agency = (typeof Agency.values)[number];

/** The ten MARSOC regions, one hub each. */
export const Region = createEnumeration('Region', [
  'NORTH_EAST',
  'NORTH_WEST',
  'YORKSHIRE_AND_HUMBER',
  'EAST_MIDLANDS',
  'WEST_MIDLANDS',
  'EASTERN',
  'SOUTH_EAST',
  'SOUTH_WEST',
  'WALES',
  'LONDON',
] as const);
export type Region = (typeof Region.values)[number];
