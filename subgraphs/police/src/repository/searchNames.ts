import { readNameKeys } from '@marsoc/platform';
import {
  type PoliceAliasRow,
  type PoliceNominalRow,
  type PoliceSearchName,
} from './PoliceRepository';

/** The nominal's own name first, then each alias, as search keys. */
export function listSearchNames(
  nominal: PoliceNominalRow,
  aliases: readonly PoliceAliasRow[],
): PoliceSearchName[] {
  const names: PoliceSearchName[] = [];
  const own = readNameKeys(`${nominal.forename} ${nominal.surname}`);
  if (own) names.push({ kind: 'NAME', ...own });
  for (const alias of aliases) {
    const keys = readNameKeys(alias.name);
    if (!keys) continue;
    // A nickname is one word however it is spelt: never a forename and surname.
    names.push(
      alias.type === 'NICKNAME'
        ? {
            kind: 'ALIAS',
            forename: null,
            surname: `${keys.forename ?? ''}${keys.surname}`,
          }
        : { kind: 'ALIAS', ...keys },
    );
  }
  return names;
}
