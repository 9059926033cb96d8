import {
  createHeldCategoriesQuery as createOwnerHeldCategoriesQuery,
  type HeldCategoriesSql,
} from '@marsoc/platform/disclosure-requests';
import { type SqliteDatabase } from '@marsoc/platform/store';
import { type Agency, type DataCategory } from '@marsoc/schema';

/**
 * Which categories each owner holds anything of for a nominal, each the base
 * table of the field that category's `@marking` governs: one statement per
 * owner reads every category at once, so asking about an NCND category costs
 * exactly what asking about any other does.
 */
const HELD_SQL: HeldCategoriesSql = {
  HMRC: `
    SELECT 'TAX' AS category
      WHERE EXISTS (SELECT 1 FROM hmrc_taxpayer WHERE nominal_id = @id)
    UNION ALL SELECT 'ASSETS'
      WHERE EXISTS (SELECT 1 FROM hmrc_directorship WHERE nominal_id = @id)
         OR EXISTS (SELECT 1 FROM hmrc_asset WHERE nominal_id = @id)
    UNION ALL SELECT 'TAX_INVESTIGATIONS'
      WHERE EXISTS (SELECT 1 FROM hmrc_investigation WHERE nominal_id = @id)`,
  NCA: `
    SELECT 'NCA_INTEREST' AS category
      WHERE EXISTS (SELECT 1 FROM nca_subject WHERE nominal_id = @id)
    UNION ALL SELECT 'FINANCIAL_INTELLIGENCE'
      WHERE EXISTS (SELECT 1 FROM nca_suspicious_activity_report WHERE nominal_id = @id)
    UNION ALL SELECT 'NCA_COVERT_INTEREST'
      WHERE EXISTS (SELECT 1 FROM nca_covert_interest WHERE nominal_id = @id)
    UNION ALL SELECT 'NCA_DECONFLICTION'
      WHERE EXISTS (SELECT 1 FROM nca_deconfliction WHERE nominal_id = @id)`,
};

/** What `owner` holds of a nominal here, by category; nothing for an owner not held here. */
export function createHeldCategoriesQuery(
  database: SqliteDatabase,
): (owner: Agency, nominalId: string) => ReadonlySet<DataCategory> {
  return createOwnerHeldCategoriesQuery(database, HELD_SQL);
}
