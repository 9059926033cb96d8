import { type ApolloServerPlugin } from '@apollo/server';
import { type DisclosureEntry } from '@marsoc/schema/wire';
import { type SubgraphContext } from '../subgraph';

const GRANT_RULE = 'grant:';

/**
 * Notes, once the response is built, which case-specific grants released
 * something to the caller: the "grants used" of the figures. Only grant ids
 * and the request's clock reach `note`, never a value. The use itself is in
 * the owner's audit: its DISCLOSURE record names the grant as the rule that
 * released each field. (Apollo runs response hooks side by side, so a
 * response the audit then fails to record, and withholds, still counts: the
 * figure errs towards use, never hides one.)
 */
export function createGrantUsePlugin<Loaders>(
  note: (
    context: SubgraphContext<Loaders>,
    grantIds: string[],
  ) => Promise<void>,
): ApolloServerPlugin<SubgraphContext<Loaders>> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const grantIds = findAppliedGrants(
            contextValue.enforcement.recorder.toAuditView(),
          );
          if (grantIds.length > 0) await note(contextValue, grantIds);
        },
      });
    },
  };
}

/** The grants named as the rule of an entry that released or summarised something. */
export function findAppliedGrants(
  entries: readonly DisclosureEntry[],
): string[] {
  const ids = new Set<string>();
  for (const entry of entries) {
    if (entry.released.length + entry.summarised.length === 0) continue;
    for (const rule of entry.rules)
      if (rule.startsWith(GRANT_RULE)) ids.add(rule.slice(GRANT_RULE.length));
  }
  return [...ids].sort();
}
