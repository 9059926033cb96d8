import { Agency, type DataCategory } from '../vocabulary';
import { type CategoryDefinition } from './types';
import {
  fail,
  readEnumList,
  readMapping,
  readSequence,
  readString,
  type YamlNode,
  type YamlSource,
} from './yamlReader';

const CATEGORY_ID = /^[A-Z][A-Z0-9_]*$/;

/** A category with the line it was declared on, for later cross-file checks. */
export interface DeclaredCategory extends CategoryDefinition {
  line: number;
}

/** categories.yaml: `categories:` a list of {id, owners, meaning}. */
export function parseCategories(
  source: YamlSource,
  root: YamlNode,
): Map<DataCategory, DeclaredCategory> {
  const top = readMapping(source, root, 'the file', {
    required: ['categories'],
  });
  const categories = new Map<DataCategory, DeclaredCategory>();
  for (const item of readSequence(top.required('categories'))) {
    const fields = readMapping(source, item.value, 'a category', {
      required: ['id', 'owners', 'meaning'],
    });
    const id = readString(fields.required('id'));
    if (!CATEGORY_ID.test(id)) {
      fail(
        source,
        item.line,
        `category id ${JSON.stringify(id)} must be UPPER_SNAKE_CASE`,
      );
    }
    if (categories.has(id)) fail(source, item.line, `duplicate category ${id}`);
    categories.set(id, {
      id,
      owners: readEnumList(fields.required('owners'), Agency),
      meaning: readString(fields.required('meaning')),
      line: item.line,
    });
  }
  return categories;
}
