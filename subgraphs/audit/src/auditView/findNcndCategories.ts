import { type Agency, type DataCategory } from '@marsoc/schema';
import { type Register } from '@marsoc/schema/register';

/**
 * Per owner, every category the register ever answers NCND for, to anyone.
 * An entry of such a category tells another agency's auditor, by its mere
 * presence or by a field name in it, that something is neither confirmed nor
 * denied (e.g. an NCA covert interest), so none is ever shown outside the
 * owner, whatever an AUDIT_LOG permit says.
 */
export function findNcndCategories(
  register: Register,
): ReadonlyMap<Agency, ReadonlySet<DataCategory>> {
  const found = new Map<Agency, Set<DataCategory>>();
  for (const rule of register.rules) {
    if (rule.level !== 'NCND') continue;
    const categories = found.get(rule.owner) ?? new Set<DataCategory>();
    for (const category of rule.categories) categories.add(category);
    found.set(rule.owner, categories);
  }
  return found;
}
