import { type GraphQLErrorView } from '../api/types';
import { isWithheldAt } from './findWithheld';

/**
 * A value from an answer: itself, "withheld" where the gateway withheld it
 * (its refusal is listed above the page), or "-" where there is none.
 */
export function Shown(props: {
  value: unknown;
  errors?: readonly GraphQLErrorView[];
  path?: readonly (string | number)[];
}) {
  const { value } = props;
  if (value === null || value === undefined) {
    return props.path && isWithheldAt(props.errors, props.path) ? (
      <em class="withheld-value" data-withheld="true">
        withheld
      </em>
    ) : (
      <span class="none">-</span>
    );
  }
  if (Array.isArray(value))
    return <span>{value.length ? value.map(String).join(', ') : 'none'}</span>;
  if (typeof value === 'boolean') return <span>{value ? 'Yes' : 'No'}</span>;
  return <span>{String(value)}</span>;
}
