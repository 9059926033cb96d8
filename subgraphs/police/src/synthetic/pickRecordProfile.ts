import {
  type Random,
  type SyntheticNominal,
  WELL_KNOWN_NOMINAL_ID,
} from '@marsoc/platform';
import { type PoliceWarningMarkerCode } from '../repository/PoliceRepository';
import { type ReportHandling } from './pickReportHandling';
import {
  WELL_KNOWN_REPORT_HANDLINGS,
  WELL_KNOWN_WARNING_MARKERS,
} from './wellKnownNominal';

/** How much of each kind of record one nominal's police record holds. */
export interface RecordProfile {
  warningMarkers: number;
  requiredWarningMarkers: readonly PoliceWarningMarkerCode[];
  arrests: number;
  convictions: number;
  intelligenceReports: number;
  requiredReportHandlings: readonly ReportHandling[];
  ocgAffiliations: number;
  vehicles: number;
  homeAddresses: number;
  associatedAddresses: number;
  /** Whether police hold a name the nominal gave besides their own. */
  aliasName: boolean;
}

const WELL_KNOWN_PROFILE: RecordProfile = {
  warningMarkers: WELL_KNOWN_WARNING_MARKERS.length,
  requiredWarningMarkers: WELL_KNOWN_WARNING_MARKERS,
  arrests: 4,
  convictions: 5,
  intelligenceReports: WELL_KNOWN_REPORT_HANDLINGS.length,
  requiredReportHandlings: WELL_KNOWN_REPORT_HANDLINGS,
  ocgAffiliations: 1,
  vehicles: 1,
  homeAddresses: 1,
  associatedAddresses: 1,
  aliasName: true,
};

/**
 * Every nominal has a PNC record with at least one conviction. Nominated
 * nominals (the MARSOC cohort's 129) are the highest-harm ones, so they carry
 * more intelligence, more markers and more often an OCG.
 */
export function pickRecordProfile(
  random: Random,
  nominal: SyntheticNominal,
): RecordProfile {
  if (nominal.id === WELL_KNOWN_NOMINAL_ID) return WELL_KNOWN_PROFILE;
  const nominated = nominal.nomination !== null;
  // The group itself is the shared population's (its criminality); police may
  // also know the nominal on the edge of a second group.
  const affiliated = nominal.criminality.group !== null;
  const secondGroup = random.chance(0.1);
  return {
    warningMarkers: nominated ? random.integer(1, 4) : random.integer(0, 3),
    requiredWarningMarkers: [],
    arrests: random.integer(1, 6),
    convictions: random.integer(1, 8),
    intelligenceReports: nominated
      ? random.integer(2, 6)
      : random.integer(0, 4),
    requiredReportHandlings: [],
    ocgAffiliations: affiliated ? (secondGroup ? 2 : 1) : 0,
    vehicles: random.integer(0, 2),
    homeAddresses: random.integer(1, 2),
    associatedAddresses: random.integer(0, 1),
    aliasName: random.chance(0.3),
  };
}
