import { Agency, AgreementStatus } from '../vocabulary';
import { type Agreement } from './types';
import {
  fail,
  readEnum,
  readEnumList,
  readMapping,
  readSequence,
  readString,
  type YamlNode,
  type YamlSource,
} from './yamlReader';

const AGREEMENT_ID = /^[A-Z][A-Z0-9_]*$/;

/** agreements.yaml: `agreements:` a list of {id, title, parties, status, citation}. */
export function parseAgreements(
  source: YamlSource,
  root: YamlNode,
): Map<string, Agreement> {
  const top = readMapping(source, root, 'the file', {
    required: ['agreements'],
  });
  const agreements = new Map<string, Agreement>();
  for (const item of readSequence(top.required('agreements'))) {
    const fields = readMapping(source, item.value, 'an agreement', {
      required: ['id', 'title', 'parties', 'status', 'citation'],
    });
    const id = readString(fields.required('id'));
    if (!AGREEMENT_ID.test(id)) {
      fail(
        source,
        item.line,
        `agreement id ${JSON.stringify(id)} must be UPPER_SNAKE_CASE`,
      );
    }
    if (agreements.has(id))
      fail(source, item.line, `duplicate agreement id ${id}`);
    agreements.set(id, {
      id,
      title: readString(fields.required('title')),
      parties: readEnumList(fields.required('parties'), Agency),
      status: readEnum(fields.required('status'), AgreementStatus),
      citation: readString(fields.required('citation')),
    });
  }
  return agreements;
}
