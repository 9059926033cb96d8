import { ErrorCode } from '@marsoc/schema/wire';
import { type GraphQLErrorView } from '../api/types';
import { agencyName, humanise } from '../model/labels';
import { describeReason } from '../model/reasonWords';

/**
 * The gateway's refusals in words: a withheld category names its owner and
 * the reason, a held one the route to ask; anything else shows the gateway's
 * own message.
 */
export function ErrorList(props: { errors: GraphQLErrorView[] | undefined }) {
  const errors = props.errors ?? [];
  if (errors.length === 0) return null;
  return (
    <ul class="errors" data-testid="errors">
      {errors.map((error, index) => {
        const { code, owner, category, reason, held } = error.extensions ?? {};
        if (code === ErrorCode.WITHHELD && owner && category && reason) {
          return (
            <li key={index}>
              {agencyName(owner)} {held ? 'holds' : 'did not release'}{' '}
              {humanise(category)}: {describeReason(reason)}
            </li>
          );
        }
        return <li key={index}>{error.message}</li>;
      })}
    </ul>
  );
}
