import { type DeskHoldings } from '@marsoc/platform/disclosure-requests';

/**
 * Which categories each owner holds anything of for a nominal, each the base
 * table of the field that category's `@marking` governs: one statement per
 * owner reads every category at once, so asking about an NCND category costs
 * exactly what asking about any other does. Each owner's record of a nominal
 * is its base table's row.
 */
export const NCA_HMRC_HOLDINGS: DeskHoldings = {
  HMRC: {
    categories: {
      TAX: ['hmrc_taxpayer'],
      ASSETS: ['hmrc_directorship', 'hmrc_asset'],
      TAX_INVESTIGATIONS: ['hmrc_investigation'],
    },
    record: 'hmrc_taxpayer',
  },
  NCA: {
    categories: {
      NCA_INTEREST: ['nca_subject'],
      FINANCIAL_INTELLIGENCE: ['nca_suspicious_activity_report'],
      NCA_COVERT_INTEREST: ['nca_covert_interest'],
      NCA_DECONFLICTION: ['nca_deconfliction'],
    },
    record: 'nca_subject',
  },
};
