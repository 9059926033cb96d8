import { Agency, Region, Role } from '../vocabulary';
import { type Recipient } from './types';
import {
  fail,
  isWildcard,
  readEnum,
  readEnumList,
  readMapping,
  readSequence,
  type YamlEntry,
} from './yamlReader';

/** `recipients:` a non-empty list of {agency or '*', roles?, regions?, exceptAgencies?}. */
export function parseRecipients(entry: YamlEntry): Recipient[] {
  const items = readSequence(entry);
  if (items.length === 0)
    fail(entry.source, entry.line, 'recipients must not be empty');
  return items.map(parseRecipient);
}

function parseRecipient(item: YamlEntry): Recipient {
  const fields = readMapping(item.source, item.value, 'a recipient', {
    required: ['agency'],
    optional: ['roles', 'regions', 'exceptAgencies'],
  });
  const agencyEntry = fields.required('agency');
  const agency = isWildcard(agencyEntry) ? '*' : readEnum(agencyEntry, Agency);
  const recipient: Recipient = { agency };
  const roles = fields.optional('roles');
  if (roles) recipient.roles = readEnumList(roles, Role);
  const regions = fields.optional('regions');
  if (regions) recipient.regions = readEnumList(regions, Region);
  const except = fields.optional('exceptAgencies');
  if (except) {
    if (agency !== '*') {
      fail(
        item.source,
        except.line,
        "exceptAgencies applies only to agency '*'",
      );
    }
    recipient.exceptAgencies = readEnumList(except, Agency);
  }
  return recipient;
}
