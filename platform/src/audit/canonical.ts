/**
 * Deterministic JSON for hashing: object keys sorted by UTF-16 code unit (as
 * RFC 8785 does), no whitespace, properties holding `undefined` omitted. Only
 * JSON-safe values are accepted, so two writers can never encode the same
 * record two ways.
 */
export function encodeCanonical(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      return encodeNumber(value);
    case 'object':
      return Array.isArray(value)
        ? encodeArray(value)
        : encodeObject(value as Record<string, unknown>);
    case 'bigint':
    case 'function':
    case 'symbol':
    case 'undefined':
      break;
  }
  throw new TypeError(`cannot canonically encode a ${typeof value}`);
}

function encodeNumber(value: number): string {
  if (!Number.isFinite(value)) {
    throw new TypeError('cannot canonically encode a non-finite number');
  }
  return JSON.stringify(value);
}

function encodeArray(items: readonly unknown[]): string {
  const parts: string[] = [];
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    if (item === undefined) {
      throw new TypeError('cannot canonically encode undefined in an array');
    }
    parts.push(encodeCanonical(item));
  }
  return `[${parts.join(',')}]`;
}

function encodeObject(object: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const key of Object.keys(object).sort()) {
    const item = object[key];
    if (item === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${encodeCanonical(item)}`);
  }
  return `{${parts.join(',')}}`;
}
