import type DataLoader from 'dataloader';
import { createListLoader, createRowLoader } from '@marsoc/platform';
import {
  createDisclosureLoaders,
  type DisclosureLoaders,
} from '@marsoc/platform/disclosure-requests';
import {
  type PoliceAddressRow,
  type PoliceAliasRow,
  type PoliceAssociateLinkRow,
  type PoliceArrestRow,
  type PoliceConvictionRow,
  type PoliceIdentifierLink,
  type PoliceIntelligenceReportRow,
  type PoliceNominalRow,
  type PoliceOcgAffiliationRow,
  type PoliceRepository,
  type PoliceVehicleRow,
  type PoliceWarningMarkerRow,
} from './repository/PoliceRepository';
import { createPoliceSearchLoader } from './search/createPoliceSearchLoader';
import { type PoliceSearchMatchRow } from './search/scorePoliceCandidates';

/** One loader per lookup, created for each request so no cache outlives its caller. */
export interface PoliceLoaders extends DisclosureLoaders {
  nominal: DataLoader<string, PoliceNominalRow | null>;
  nominalByPncId: DataLoader<string, PoliceIdentifierLink | null>;
  nominalByCroNumber: DataLoader<string, PoliceIdentifierLink | null>;
  aliases: DataLoader<string, PoliceAliasRow[]>;
  warningMarkers: DataLoader<string, PoliceWarningMarkerRow[]>;
  arrests: DataLoader<string, PoliceArrestRow[]>;
  convictions: DataLoader<string, PoliceConvictionRow[]>;
  intelligenceReports: DataLoader<string, PoliceIntelligenceReportRow[]>;
  ocgAffiliations: DataLoader<string, PoliceOcgAffiliationRow[]>;
  vehicles: DataLoader<string, PoliceVehicleRow[]>;
  addresses: DataLoader<string, PoliceAddressRow[]>;
  /** By the search's canonical criteria. */
  search: DataLoader<string, PoliceSearchMatchRow[]>;
  associateLinks: DataLoader<string, PoliceAssociateLinkRow[]>;
}

const byNominal = (row: { nominalId: string }): string => row.nominalId;
const byIdentifier = (link: PoliceIdentifierLink): string => link.identifier;

/** The police's own disclosures: only POLICE grants and answers requests here. */
export const POLICE_DESK = { prefix: 'Police', owner: 'POLICE' } as const;

export function createLoaders(repository: PoliceRepository): PoliceLoaders {
  return {
    ...createDisclosureLoaders(repository.disclosures, {
      owners: [POLICE_DESK.owner],
    }),
    nominal: createRowLoader(
      (ids) => repository.findNominalsByIds(ids),
      byNominal,
    ),
    nominalByPncId: createRowLoader(
      (ids) => repository.findNominalIdsByPncIds(ids),
      byIdentifier,
    ),
    nominalByCroNumber: createRowLoader(
      (ids) => repository.findNominalIdsByCroNumbers(ids),
      byIdentifier,
    ),
    aliases: createListLoader(
      (ids) => repository.findAliasesByNominalIds(ids),
      byNominal,
    ),
    warningMarkers: createListLoader(
      (ids) => repository.findWarningMarkersByNominalIds(ids),
      byNominal,
    ),
    arrests: createListLoader(
      (ids) => repository.findArrestsByNominalIds(ids),
      byNominal,
    ),
    convictions: createListLoader(
      (ids) => repository.findConvictionsByNominalIds(ids),
      byNominal,
    ),
    intelligenceReports: createListLoader(
      (ids) => repository.findIntelligenceReportsByNominalIds(ids),
      byNominal,
    ),
    ocgAffiliations: createListLoader(
      (ids) => repository.findOcgAffiliationsByNominalIds(ids),
      byNominal,
    ),
    vehicles: createListLoader(
      (ids) => repository.findVehiclesByNominalIds(ids),
      byNominal,
    ),
    addresses: createListLoader(
      (ids) => repository.findAddressesByNominalIds(ids),
      byNominal,
    ),
    search: createPoliceSearchLoader(repository),
    associateLinks: createListLoader(
      (ids) => repository.findAssociateLinksByNominalIds(ids),
      byNominal,
    ),
  };
}
