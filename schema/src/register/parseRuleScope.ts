import { Purpose, type DataCategory } from '../vocabulary';
import { type CategoryDefinition, type OwnerDefinition } from './types';
import {
  fail,
  isWildcard,
  readEnumList,
  readStringList,
  type YamlEntry,
} from './yamlReader';

/** What a rule's `categories` and `exceptCategories` are checked against. */
export interface CategoryScope {
  owner: OwnerDefinition;
  categories: ReadonlyMap<DataCategory, CategoryDefinition>;
}

/**
 * `categories:` '*' (every category the owner holds) or a list, less any
 * `exceptCategories`. Each must exist and belong to the file's owner.
 */
export function parseRuleCategories(
  scope: CategoryScope,
  categoriesEntry: YamlEntry,
  exceptEntry: YamlEntry | undefined,
): DataCategory[] {
  const owned = [...scope.categories.values()]
    .filter((category) => category.owners.includes(scope.owner.agency))
    .map((category) => category.id);
  if (!isWildcard(categoriesEntry)) {
    if (exceptEntry)
      fail(
        exceptEntry.source,
        exceptEntry.line,
        "exceptCategories applies only to categories '*'",
      );
    return readOwnedCategories(scope, categoriesEntry);
  }
  const excepted = exceptEntry ? readOwnedCategories(scope, exceptEntry) : [];
  return owned.filter((category) => !excepted.includes(category));
}

function readOwnedCategories(
  scope: CategoryScope,
  entry: YamlEntry,
): DataCategory[] {
  const listed = readStringList(entry);
  const duplicate = listed.find(
    (category, index) => listed.indexOf(category) !== index,
  );
  if (duplicate)
    fail(entry.source, entry.line, `${entry.key} lists ${duplicate} twice`);
  for (const category of listed) readOwnedCategory(scope, entry, category);
  return listed;
}

/** One category named in `entry`: it must exist and belong to the file's owner. */
export function readOwnedCategory(
  scope: CategoryScope,
  entry: YamlEntry,
  category: string,
): DataCategory {
  const definition = scope.categories.get(category);
  if (!definition)
    fail(
      entry.source,
      entry.line,
      `unknown category ${category} in ${entry.key}`,
    );
  if (!definition.owners.includes(scope.owner.agency)) {
    const owners = definition.owners.join(', ');
    fail(
      entry.source,
      entry.line,
      `category ${category} is not owned by ${scope.owner.agency} (categories.yaml lists ${owners})`,
    );
  }
  return category;
}

/** `purposes:` '*' (every purpose) or a list. */
export function parseRulePurposes(entry: YamlEntry): Purpose[] {
  return isWildcard(entry) ? [...Purpose.values] : readEnumList(entry, Purpose);
}
