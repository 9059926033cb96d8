import { type DataCategory } from '@marsoc/schema';
import { type Rule } from '@marsoc/schema/register';

/**
 * The categories some register rule holds at neither confirm nor deny (e.g. the
 * NCA covert interest, nca.yaml: nca-covert-interest-ncnd). No grant may name
 * one: a grant would be a standing record that such data exists, and NCND data
 * is never disclosed case by case.
 */
export function findNcndCategories(
  rules: readonly Rule[],
): ReadonlySet<DataCategory> {
  const categories = new Set<DataCategory>();
  for (const rule of rules) {
    if (rule.level !== 'NCND') continue;
    for (const category of rule.categories) categories.add(category);
  }
  return categories;
}
