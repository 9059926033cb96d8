import { type Agency } from '@marsoc/schema';
import { loadRegister, type Register } from '@marsoc/schema/register';

let loaded: readonly Agency[] | undefined;

/**
 * The agencies a forum decision needs recorded PRESENT besides its chair, as
 * the register's MARSOC file names them (`forumQuorum`), not a constant in
 * code: the hubs change it as they change a sharing rule. Read once, from the
 * same register files the service loads its policy from.
 */
export function readForumQuorum(): readonly Agency[] {
  loaded ??= findForumQuorum(loadRegister());
  return loaded;
}

/**
 * The register's forum quorum. A register that names none fails closed: no
 * decision is recorded, rather than one taken by the chair alone.
 */
export function findForumQuorum(register: Register): readonly Agency[] {
  const quorum = register.owners.get('MARSOC')?.forumQuorum ?? [];
  if (quorum.length === 0)
    throw new Error(
      "the register's MARSOC file names no forumQuorum, so no forum decision can be recorded",
    );
  return quorum;
}
