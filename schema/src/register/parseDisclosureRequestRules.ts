import {
  Agency,
  DisclosureUrgency,
  Purpose,
  UNGRANTABLE_PURPOSES,
} from '../vocabulary';
import {
  type DisclosureRequestRules,
  type LegalBasis,
  type RequestDeadline,
} from './DisclosureRequestRules';
import { type OwnerDefinition } from './types';
import {
  fail,
  isWildcard,
  readEnum,
  readEnumList,
  readMapping,
  readSequence,
  readString,
  type YamlEntry,
  type YamlNode,
  type YamlSource,
} from './yamlReader';

const LEGAL_BASIS_ID = /^[a-z][a-z0-9-]{2,63}$/;
/** A deadline past a year would leave a request open longer than any grant runs. */
const MAX_DEADLINE_DAYS = 365;

/**
 * disclosureRequests.yaml: `deadlines` (one per urgency, in whole days) and
 * `legalBases` (each owner's closed list of gateways a request may be approved
 * under). Every urgency needs its deadline and every owner at least one basis,
 * so a request can always expire and an approval always name its law.
 */
export function parseDisclosureRequestRules(
  source: YamlSource,
  root: YamlNode,
  owners: ReadonlyMap<Agency, OwnerDefinition>,
): DisclosureRequestRules {
  const top = readMapping(source, root, 'the file', {
    required: ['deadlines', 'legalBases'],
  });
  const deadlines = readDeadlines(top.required('deadlines'));
  const legalBases = new Map<string, LegalBasis>();
  for (const item of readSequence(top.required('legalBases'))) {
    const basis = readLegalBasis(item, owners);
    if (legalBases.has(basis.id))
      fail(source, item.line, `duplicate legal basis id ${basis.id}`);
    legalBases.set(basis.id, basis);
  }
  const bare = [...owners.keys()].find(
    (owner) => ![...legalBases.values()].some((basis) => basis.owner === owner),
  );
  if (bare !== undefined)
    fail(source, top.line, `legalBases lists no legal basis for ${bare}`);
  return { deadlines, legalBases };
}

function readDeadlines(
  entry: YamlEntry,
): Map<DisclosureUrgency, RequestDeadline> {
  const deadlines = new Map<DisclosureUrgency, RequestDeadline>();
  for (const item of readSequence(entry)) {
    const fields = readMapping(entry.source, item.value, 'a deadline', {
      required: ['urgency', 'days', 'source'],
    });
    const urgency = readEnum(fields.required('urgency'), DisclosureUrgency);
    if (deadlines.has(urgency))
      fail(entry.source, item.line, `deadlines lists ${urgency} twice`);
    deadlines.set(urgency, {
      urgency,
      days: readDays(fields.required('days')),
      source: readString(fields.required('source')),
    });
  }
  const missing = DisclosureUrgency.values.find(
    (urgency) => !deadlines.has(urgency),
  );
  if (missing !== undefined)
    fail(entry.source, entry.line, `deadlines has none for ${missing}`);
  return deadlines;
}

function readDays(entry: YamlEntry): number {
  const value = (entry.value as { value?: unknown } | null)?.value;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 1 ||
    value > MAX_DEADLINE_DAYS
  ) {
    fail(
      entry.source,
      entry.line,
      `days must be a whole number from 1 to ${MAX_DEADLINE_DAYS}`,
    );
  }
  return value;
}

function readLegalBasis(
  item: YamlEntry,
  owners: ReadonlyMap<Agency, OwnerDefinition>,
): LegalBasis {
  const fields = readMapping(item.source, item.value, 'a legal basis', {
    required: [
      'id',
      'owner',
      'statute',
      'provision',
      'description',
      'purposes',
      'source',
    ],
    optional: ['recipients'],
  });
  const id = readString(fields.required('id'));
  if (!LEGAL_BASIS_ID.test(id)) {
    fail(
      item.source,
      item.line,
      `legal basis id ${JSON.stringify(id)} must be lower-case words joined by hyphens`,
    );
  }
  const ownerEntry = fields.required('owner');
  const owner = readEnum(ownerEntry, Agency);
  if (!owners.has(owner))
    fail(item.source, ownerEntry.line, `${owner} has no register file`);
  const recipients = fields.optional('recipients');
  return {
    id,
    owner,
    statute: readString(fields.required('statute')),
    provision: readString(fields.required('provision')),
    description: readString(fields.required('description')),
    purposes: readPurposes(fields.required('purposes')),
    ...(recipients ? { recipients: readEnumList(recipients, Agency) } : {}),
    source: readString(fields.required('source')),
    line: item.line,
  };
}

/** '*' is every purpose that sees a record; a list may not name one that does not. */
function readPurposes(entry: YamlEntry): Purpose[] {
  if (isWildcard(entry))
    return Purpose.values.filter(
      (purpose) => !UNGRANTABLE_PURPOSES.includes(purpose),
    );
  const purposes = readEnumList(entry, Purpose);
  const ungrantable = purposes.find((purpose) =>
    UNGRANTABLE_PURPOSES.includes(purpose),
  );
  if (ungrantable !== undefined) {
    fail(
      entry.source,
      entry.line,
      `purposes may not list ${ungrantable}: it never sees a nominal's record`,
    );
  }
  return purposes;
}
