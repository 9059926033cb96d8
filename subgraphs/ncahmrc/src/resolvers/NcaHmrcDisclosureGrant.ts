import { type DisclosureGrantRecord } from '@marsoc/platform/grants';
import { type Agency } from '@marsoc/schema';

const GRANT_TYPES: Partial<Record<Agency, string>> = {
  HMRC: 'HmrcDisclosureGrant',
  NCA: 'NcaDisclosureGrant',
};

/**
 * A grant is typed by its owner, so that each owner's register decides who
 * reads its grants (the fields of HmrcDisclosureGrant are marked HMRC, those of
 * NcaDisclosureGrant NCA). Any other owner resolves to no type: an error, not data.
 */
export const NcaHmrcDisclosureGrant = {
  __resolveType(grant: DisclosureGrantRecord): string | null {
    return GRANT_TYPES[grant.owner] ?? null;
  },
};
