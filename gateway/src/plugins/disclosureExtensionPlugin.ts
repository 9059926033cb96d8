import { type ApolloServerPlugin } from '@apollo/server';
import { describeMarkings } from '@marsoc/schema';
import { type DisclosureReport } from '@marsoc/schema/wire';
import { type GatewayContext } from '../GatewayContext';
import { combineDisclosures } from '../disclosure/combineDisclosures';

/**
 * Adds `extensions.disclosure` to each response: per nominal and agency, what
 * was released, summarised, flagged as held and withheld, and the route to ask
 * for more, combined from the owners' own reports; and the protective marking
 * of everything released, with the handling instruction of each caveat it
 * carries (OFFICIAL-SENSITIVE's need-to-know handling), for the caller's banner.
 */
export function createDisclosureExtensionPlugin(
  registerVersion: string,
): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const nominals = combineDisclosures(contextValue.disclosures);
          if (nominals.length === 0) return Promise.resolve();
          const disclosure: DisclosureReport = {
            registerVersion,
            marking: describeMarkings(
              nominals.flatMap((nominal) =>
                nominal.agencies.flatMap((agency) => agency.markings),
              ),
            ),
            nominals,
          };
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            disclosure,
          };
          return Promise.resolve();
        },
      });
    },
  };
}
