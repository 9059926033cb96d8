import { humanise } from '../model/labels';

/**
 * Any released value, generically: scalars as text, lists of records as
 * tables, records as definition lists. `__typename` is plumbing, never shown.
 */
export function ValueView(props: { value: unknown }) {
  const { value } = props;
  if (value === null || value === undefined) return <span class="none">-</span>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <span class="none">none</span>;
    if (value.every((item) => typeof item !== 'object' || item === null))
      return <span>{value.map(String).join(', ')}</span>;
    return <RecordTable rows={value as Record<string, unknown>[]} />;
  }
  if (typeof value === 'object')
    return <RecordList record={value as Record<string, unknown>} />;
  if (typeof value === 'boolean') return <span>{value ? 'Yes' : 'No'}</span>;
  return <span>{String(value)}</span>;
}

function visibleKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record).filter((key) => key !== '__typename');
}

function RecordList(props: { record: Record<string, unknown> }) {
  const keys = visibleKeys(props.record).filter(
    (key) => props.record[key] !== null && props.record[key] !== undefined,
  );
  return (
    <dl class="record">
      {keys.map((key) => (
        <div key={key} class="record-row">
          <dt>{humanise(key)}</dt>
          <dd>
            <ValueView value={props.record[key]} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function RecordTable(props: { rows: Record<string, unknown>[] }) {
  const keys = [...new Set(props.rows.flatMap(visibleKeys))].filter((key) =>
    props.rows.some((row) => row[key] !== null && row[key] !== undefined),
  );
  return (
    <table class="records">
      <thead>
        <tr>
          {keys.map((key) => (
            <th key={key}>{humanise(key)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, index) => (
          <tr key={index}>
            {keys.map((key) => (
              <td key={key}>
                <ValueView value={row[key]} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
