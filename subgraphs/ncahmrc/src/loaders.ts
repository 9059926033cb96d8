import { createListLoader, createRowLoader } from '@marsoc/platform';
import {
  type DisclosureGrantRecord,
  type DisclosureGrantService,
} from '@marsoc/platform/grants';
import {
  type DisclosureLoaders,
  type DisclosureRequestService,
  type RequestHistoryEvent,
} from '@marsoc/platform/disclosure-requests';
import type DataLoader from 'dataloader';
import { createNcaHmrcGrantService } from './disclosureGrants';
import { findNcaHmrcRequestService } from './disclosureRequests';
import {
  type HmrcAssetRow,
  type HmrcDirectorshipRow,
  type HmrcInvestigationRow,
  type HmrcRecordRow,
  type HmrcSelfAssessmentRow,
  type HmrcVatRegistrationRow,
} from './repository/HmrcRepository';
import { type NcaHmrcRepository } from './repository/NcaHmrcRepository';
import {
  type NcaCovertInterestRow,
  type NcaDeconflictionRow,
  type NcaOcgTieringRow,
  type NcaRecordRow,
  type NcaSuspiciousActivityReportRow,
} from './repository/NcaRepository';

/** One loader per lookup, all keyed by nominal id. */
export interface NcaHmrcLoaders extends DisclosureLoaders {
  hmrcRecord: DataLoader<string, HmrcRecordRow | null>;
  selfAssessments: DataLoader<string, HmrcSelfAssessmentRow[]>;
  directorships: DataLoader<string, HmrcDirectorshipRow[]>;
  vatRegistrations: DataLoader<string, HmrcVatRegistrationRow[]>;
  assets: DataLoader<string, HmrcAssetRow[]>;
  investigations: DataLoader<string, HmrcInvestigationRow[]>;
  ncaRecord: DataLoader<string, NcaRecordRow | null>;
  ocgTiering: DataLoader<string, NcaOcgTieringRow | null>;
  suspiciousActivityReports: DataLoader<
    string,
    NcaSuspiciousActivityReportRow[]
  >;
  covertInterest: DataLoader<string, NcaCovertInterestRow | null>;
  deconfliction: DataLoader<string, NcaDeconflictionRow | null>;
  /** Both owners' disclosure grants, for their own disclosure officers to list. */
  disclosureGrants: DataLoader<string, DisclosureGrantRecord[]>;
  /**
   * Not a loader: the owners' grant desk, the one way a resolver writes. It sits
   * here because the loaders are the resolvers' only handle on the store.
   */
  grants: DisclosureGrantService;
  /** Not a loader either: the owners' request desk, over the same store. */
  requests: DisclosureRequestService;
  /** A request's stored events by request id, for its history. */
  requestHistory: DataLoader<string, RequestHistoryEvent[]>;
}

const byNominal = (row: { nominalId: string }): string => row.nominalId;

/**
 * Fresh loaders for one request: never shared, because a cache shared between
 * callers with different clearances would be a leak.
 */
export function createLoaders(repository: NcaHmrcRepository): NcaHmrcLoaders {
  return {
    hmrcRecord: createRowLoader(
      (ids) => repository.findHmrcRecordsByNominalIds(ids),
      byNominal,
    ),
    selfAssessments: createListLoader(
      (ids) => repository.findSelfAssessmentsByNominalIds(ids),
      byNominal,
    ),
    directorships: createListLoader(
      (ids) => repository.findDirectorshipsByNominalIds(ids),
      byNominal,
    ),
    vatRegistrations: createListLoader(
      (ids) => repository.findVatRegistrationsByNominalIds(ids),
      byNominal,
    ),
    assets: createListLoader(
      (ids) => repository.findAssetsByNominalIds(ids),
      byNominal,
    ),
    investigations: createListLoader(
      (ids) => repository.findInvestigationsByNominalIds(ids),
      byNominal,
    ),
    ncaRecord: createRowLoader(
      (ids) => repository.findNcaRecordsByNominalIds(ids),
      byNominal,
    ),
    ocgTiering: createRowLoader(
      (ids) => repository.findOcgTieringsByNominalIds(ids),
      byNominal,
    ),
    suspiciousActivityReports: createListLoader(
      (ids) => repository.findSuspiciousActivityReportsByNominalIds(ids),
      byNominal,
    ),
    covertInterest: createRowLoader(
      (ids) => repository.findCovertInterestsByNominalIds(ids),
      byNominal,
    ),
    deconfliction: createRowLoader(
      (ids) => repository.findDeconflictionsByNominalIds(ids),
      byNominal,
    ),
    disclosureGrants: createListLoader(
      (ids) => repository.findGrantsByNominalIds(ids),
      byNominal,
    ),
    requestHistory: createListLoader(
      (ids) => repository.findEventsByRequestIds(ids),
      (event) => event.requestId,
    ),
    grants: createNcaHmrcGrantService(repository),
    requests: findNcaHmrcRequestService(repository),
  };
}
