import { type Agency, type DataCategory } from '../vocabulary';
import { computeRegisterVersion } from './computeRegisterVersion';
import {
  type DisclosureRequestRules,
  NO_DISCLOSURE_REQUEST_RULES,
} from './DisclosureRequestRules';
import { parseAgreements } from './parseAgreements';
import { type DeclaredCategory, parseCategories } from './parseCategories';
import { parseDisclosureRequestRules } from './parseDisclosureRequestRules';
import { parseOwnerFile } from './parseOwnerFile';
import { RegisterError } from './RegisterError';
import {
  type CategoryDefinition,
  type OwnerDefinition,
  type Register,
  type RegisterFile,
  type Rule,
} from './types';
import { assertNoContradictions, assertUniqueRuleIds } from './validateRules';
import { parseYaml } from './yamlReader';

export const AGREEMENTS_FILE = 'agreements.yaml';
export const CATEGORIES_FILE = 'categories.yaml';
export const DISCLOSURE_REQUESTS_FILE = 'disclosureRequests.yaml';

/** The files that are not an owner's. */
const SHARED_FILES: ReadonlySet<string> = new Set([
  AGREEMENTS_FILE,
  CATEGORIES_FILE,
  DISCLOSURE_REQUESTS_FILE,
]);

/**
 * Parses and validates the register from its files' text. Pure: the same files
 * always give the same register and version, and any problem throws a
 * RegisterError naming the file and line.
 */
export function parseRegister(files: readonly RegisterFile[]): Register {
  const byName = indexByName(files);
  const agreementsYaml = parseYaml(requireFile(byName, AGREEMENTS_FILE));
  const agreements = parseAgreements(
    agreementsYaml.source,
    agreementsYaml.root,
  );
  const categoriesYaml = parseYaml(requireFile(byName, CATEGORIES_FILE));
  const declared = parseCategories(categoriesYaml.source, categoriesYaml.root);
  const owners = new Map<Agency, OwnerDefinition>();
  const rules: Rule[] = [];
  for (const [name, file] of [...byName].sort(([a], [b]) =>
    compareText(a, b),
  )) {
    if (SHARED_FILES.has(name)) continue;
    const yaml = parseYaml(file);
    const ownerFile = parseOwnerFile(
      yaml.source,
      yaml.root,
      declared,
      agreements,
    );
    const earlier = owners.get(ownerFile.owner.agency);
    if (earlier) {
      const problem = `${ownerFile.owner.agency} already has a register file (${earlier.file})`;
      throw new RegisterError(file.path, ownerFile.line, problem);
    }
    owners.set(ownerFile.owner.agency, ownerFile.owner);
    rules.push(...ownerFile.rules);
  }
  assertEveryOwnerHasFile(declared, owners);
  assertUniqueRuleIds(rules);
  assertNoContradictions(rules);
  return {
    version: computeRegisterVersion(files),
    agreements,
    categories: stripLines(declared),
    owners,
    rules,
    disclosureRequests: readDisclosureRequestRules(byName, owners),
  };
}

/** Optional: a register without the file lets nothing be asked for (fail closed). */
function readDisclosureRequestRules(
  byName: Map<string, RegisterFile>,
  owners: ReadonlyMap<Agency, OwnerDefinition>,
): DisclosureRequestRules {
  const file = byName.get(DISCLOSURE_REQUESTS_FILE);
  if (!file) return NO_DISCLOSURE_REQUEST_RULES;
  const yaml = parseYaml(file);
  return parseDisclosureRequestRules(yaml.source, yaml.root, owners);
}

function indexByName(
  files: readonly RegisterFile[],
): Map<string, RegisterFile> {
  const byName = new Map<string, RegisterFile>();
  for (const file of files) {
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    if (byName.has(name))
      throw new RegisterError(file.path, 1, `a second file named ${name}`);
    byName.set(name, file);
  }
  return byName;
}

function requireFile(
  byName: Map<string, RegisterFile>,
  name: string,
): RegisterFile {
  const file = byName.get(name);
  if (!file) throw new RegisterError(name, 1, `the register has no ${name}`);
  return file;
}

/** A category whose owner has no file would have no route and no rules. */
function assertEveryOwnerHasFile(
  categories: ReadonlyMap<DataCategory, DeclaredCategory>,
  owners: ReadonlyMap<Agency, OwnerDefinition>,
): void {
  for (const category of categories.values()) {
    const missing = category.owners.find((owner) => !owners.has(owner));
    if (missing) {
      const problem = `category ${category.id} names owner ${missing}, which has no register file`;
      throw new RegisterError(CATEGORIES_FILE, category.line, problem);
    }
  }
}

function stripLines(
  declared: ReadonlyMap<DataCategory, DeclaredCategory>,
): Map<DataCategory, CategoryDefinition> {
  const categories = new Map<DataCategory, CategoryDefinition>();
  for (const { id, owners, meaning } of declared.values()) {
    categories.set(id, { id, owners, meaning });
  }
  return categories;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
