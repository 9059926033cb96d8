import { isMap, isScalar } from 'yaml';
import { type DataCategory } from '../vocabulary';
import { type CategoryScope, readOwnedCategory } from './parseRuleScope';
import { fail, lineOf, readString, type YamlEntry } from './yamlReader';

/**
 * `gateways:` one statutory gateway per category, as a data protection officer
 * reads it: `TAX: "ATCSA 2001 s.19 ..."`. The keys are the categories the rule
 * covers; a category no gateway opens is simply not listed, so it stays closed.
 */
export function parseGateways(
  scope: CategoryScope,
  entry: YamlEntry,
): Map<DataCategory, string> {
  if (!isMap(entry.value)) {
    fail(
      entry.source,
      entry.line,
      'gateways must be a mapping of category to statutory gateway',
    );
  }
  const gateways = new Map<DataCategory, string>();
  for (const pair of entry.value.items) {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    const line = lineOf(entry.source, pair.key);
    if (typeof key !== 'string') {
      fail(entry.source, line, 'a gateway must be keyed by a category');
    }
    const keyEntry: YamlEntry = { ...entry, key: 'gateways', line };
    const category = readOwnedCategory(scope, keyEntry, key);
    if (gateways.has(category)) {
      fail(entry.source, line, `gateways lists ${category} twice`);
    }
    const citation = readString({
      source: entry.source,
      key: `the gateway for ${category}`,
      value: pair.value,
      line,
    });
    gateways.set(category, citation);
  }
  if (gateways.size === 0) fail(entry.source, entry.line, 'gateways is empty');
  return gateways;
}
