import { type PoliceWarningMarkerCode } from '../repository/PoliceRepository';
import { type ReportHandling } from './pickReportHandling';

/**
 * NOM-00001 is the nominal the README, the tests and the demo use. Whatever the
 * seed, its police record holds every case the disclosure rules must handle.
 */
export const WELL_KNOWN_WARNING_MARKERS: readonly PoliceWarningMarkerCode[] = [
  'VI',
  'WE',
  'DR',
];

export const WELL_KNOWN_REPORT_HANDLINGS: readonly ReportHandling[] = [
  // Prison intelligence that police may pass on only with HMPPS's consent, not yet given.
  {
    originatorAgency: 'HMPPS',
    handlingCode: 'C',
    handlingConditions: [{ kind: 'ORIGINATOR_CONSENT_REQUIRED' }],
    consentedAgencies: [],
    classification: 'OFFICIAL_SENSITIVE',
  },
  // A SECRET report (its source is a CHIS or a covert deployment).
  {
    originatorAgency: 'POLICE',
    handlingCode: 'P',
    handlingConditions: [],
    consentedAgencies: [],
    classification: 'SECRET',
  },
  // Shareable only with the source sanitised: partners get the summary.
  {
    originatorAgency: 'POLICE',
    handlingCode: 'C',
    handlingConditions: [{ kind: 'SANITISE_SOURCE' }],
    consentedAgencies: [],
    classification: 'OFFICIAL_SENSITIVE',
  },
  // Shareable between police and HMPPS only.
  {
    originatorAgency: 'POLICE',
    handlingCode: 'C',
    handlingConditions: [
      { kind: 'RESTRICT_TO_AGENCIES', agencies: ['POLICE', 'HMPPS'] },
    ],
    consentedAgencies: [],
    classification: 'OFFICIAL_SENSITIVE',
  },
  // An ordinary report, lawful to share.
  {
    originatorAgency: 'POLICE',
    handlingCode: 'P',
    handlingConditions: [],
    consentedAgencies: [],
    classification: 'OFFICIAL_SENSITIVE',
  },
  // A second ordinary report: fixed rather than drawn, so that exactly one of
  // NOM-00001's reports awaits HMPPS's consent whatever the seed's draws.
  {
    originatorAgency: 'POLICE',
    handlingCode: 'P',
    handlingConditions: [],
    consentedAgencies: [],
    classification: 'OFFICIAL_SENSITIVE',
  },
];
