import { Agency, DisclosureLevel, type DataCategory } from '../vocabulary';
import { parseRule } from './parseRule';
import {
  type Agreement,
  type CategoryDefinition,
  type OwnerDefinition,
  type Rule,
} from './types';
import {
  fail,
  readEnum,
  readEnumList,
  readMapping,
  readSequence,
  readString,
  type YamlEntry,
  type YamlNode,
  type YamlSource,
} from './yamlReader';

export interface OwnerFile {
  owner: OwnerDefinition;
  /** The line of the `owner:` key, for refusing a second file of the same owner. */
  line: number;
  rules: Rule[];
}

/** An owner agency's file: `owner`, `route`, optional `forbiddenLevels`, `onwardConsentOf` and `forumQuorum`, and `rules`. */
export function parseOwnerFile(
  source: YamlSource,
  root: YamlNode,
  categories: ReadonlyMap<DataCategory, CategoryDefinition>,
  agreements: ReadonlyMap<string, Agreement>,
): OwnerFile {
  const fields = readMapping(source, root, 'the file', {
    required: ['owner', 'route', 'rules'],
    optional: ['forbiddenLevels', 'onwardConsentOf', 'forumQuorum'],
  });
  const forbidden = fields.optional('forbiddenLevels');
  const consent = fields.optional('onwardConsentOf');
  const quorum = fields.optional('forumQuorum');
  const owner: OwnerDefinition = {
    agency: readEnum(fields.required('owner'), Agency),
    route: readString(fields.required('route')),
    forbiddenLevels: forbidden ? readForbiddenLevels(forbidden) : [],
    onwardConsentOf: consent ? readEnumList(consent, Agency) : [],
    ...(quorum ? { forumQuorum: readEnumList(quorum, Agency) } : {}),
    file: source.file,
  };
  if (owner.onwardConsentOf.includes(owner.agency)) {
    fail(
      source,
      consent?.line ?? 1,
      `${owner.agency} cannot need its own consent to pass on what it originated`,
    );
  }
  const context = { owner, categories, agreements };
  const rules = readSequence(fields.required('rules')).map((item) =>
    parseRule(context, item),
  );
  return { owner, line: fields.required('owner').line, rules };
}

/** Only intermediate levels can be ruled out: a decision always has a lower level to fall to. */
function readForbiddenLevels(entry: YamlEntry): DisclosureLevel[] {
  const levels = readEnumList(entry, DisclosureLevel);
  const extreme = levels.find((level) => level === 'FULL' || level === 'NCND');
  if (extreme) {
    fail(entry.source, entry.line, `forbiddenLevels may not list ${extreme}`);
  }
  return levels;
}
