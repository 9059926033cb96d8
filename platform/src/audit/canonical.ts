/**
 * Deterministic JSON for hashing: object keys sorted by UTF-16 code unit (as
 * RFC 8785 does), no whitespace, properties holding `undefined` omitted. Only
 * JSON-safe values are accepted, so two writers can never encode the same
 * record two ways.
 *
 * Written for speed as well as clarity, since a cohort's audit record is
 * hundreds of kilobytes encoded on the way to every answer (bench
 * `--profile cohort`): strings and arrays of strings go straight to
 * JSON.stringify, keys already in order are not sorted again, and the output is
 * concatenated rather than joined. The bytes are exactly those of the plain
 * recursive form (canonical.test.ts compares the two).
 */
export function encodeCanonical(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
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

/**
 * An object's members in canonical order, each as `"key":value`, with its
 * key: what encodeCanonical joins into `{...}`, for a caller that encodes an
 * object with and without one more member (chain.ts seals a record so).
 */
export function encodeCanonicalMembers(
  object: Readonly<Record<string, unknown>>,
): { key: string; member: string }[] {
  const members: { key: string; member: string }[] = [];
  for (const key of sortedKeys(object)) {
    const item = object[key];
    if (item !== undefined)
      members.push({ key, member: quoteKey(key) + encodeCanonical(item) });
  }
  return members;
}

function encodeNumber(value: number): string {
  if (!Number.isFinite(value)) {
    throw new TypeError('cannot canonically encode a non-finite number');
  }
  return JSON.stringify(value);
}

function encodeArray(items: readonly unknown[]): string {
  if (holdsOnlyStrings(items)) return JSON.stringify(items);
  let encoded = '[';
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    if (item === undefined) {
      throw new TypeError('cannot canonically encode undefined in an array');
    }
    if (index > 0) encoded += ',';
    encoded += encodeCanonical(item);
  }
  return `${encoded}]`;
}

function encodeObject(object: Record<string, unknown>): string {
  let encoded = '{';
  let first = true;
  for (const key of sortedKeys(object)) {
    const item = object[key];
    if (item === undefined) continue;
    if (!first) encoded += ',';
    first = false;
    encoded += quoteKey(key);
    encoded +=
      typeof item === 'string' ? JSON.stringify(item) : encodeCanonical(item);
  }
  return `${encoded}}`;
}

// Index by index, not every(): a hole is undefined here, and refused below.
function holdsOnlyStrings(items: readonly unknown[]): boolean {
  for (let index = 0; index < items.length; index += 1)
    if (typeof items[index] !== 'string') return false;
  return true;
}

/** Own enumerable keys by UTF-16 code unit, as Array.prototype.sort orders strings. */
function sortedKeys(object: Readonly<Record<string, unknown>>): string[] {
  const keys = Object.keys(object);
  for (let index = 1; index < keys.length; index += 1) {
    if ((keys[index - 1] as string) > (keys[index] as string))
      return keys.sort();
  }
  return keys;
}

// Audit records use a few dozen property names; the bound keeps arbitrary
// input from growing the memo without limit.
const QUOTED_KEYS_LIMIT = 1024;
const quotedKeys = new Map<string, string>();

/** `"key":`, as JSON.stringify writes the key. */
function quoteKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = `${JSON.stringify(key)}:`;
    if (quotedKeys.size < QUOTED_KEYS_LIMIT) quotedKeys.set(key, quoted);
  }
  return quoted;
}
