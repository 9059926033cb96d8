import { REGIONAL_GEOGRAPHY, socUnitOf } from '@marsoc/platform';
import { type Region } from '@marsoc/schema';

/** The SOC unit and forces of one MARSOC region (hubs sit in the ROCUs, seed 000 E182). */
export interface RegionalUnits {
  /** Two-letter code used in APMIS references. */
  code: string;
  /** The ROCU (the Met's command in London, which has none). */
  rocu: string;
  forces: readonly string[];
}

/**
 * Owners of master-list entries and threats, from the shared geography
 * (platform geography.ts, seed 003 A:845-860): the real ROCU names and the
 * forces each serves, so Kent's entries belong to ERSOU and North Wales's to
 * the North West ROCU (TITAN). Every record that names them is fictional.
 */
export const REGIONAL_UNITS: Readonly<Record<Region, RegionalUnits>> =
  Object.fromEntries(
    (Object.keys(REGIONAL_GEOGRAPHY) as Region[]).map((region) => [
      region,
      {
        code: REGIONAL_GEOGRAPHY[region].code,
        rocu: socUnitOf(region),
        forces: REGIONAL_GEOGRAPHY[region].forces,
      },
    ]),
  ) as Record<Region, RegionalUnits>;
