import fc from 'fast-check';
import { encodeCanonical, encodeCanonicalMembers } from '../canonical';

/** The plain recursive form the fast encoder must match byte for byte. */
function encodePlainly(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string' || typeof value === 'boolean')
    return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('non-finite');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (item === undefined) throw new TypeError('undefined in an array');
      parts.push(encodePlainly(item));
    }
    return `[${parts.join(',')}]`;
  }
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const parts = Object.keys(object)
      .sort()
      .filter((key) => object[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${encodePlainly(object[key])}`);
    return `{${parts.join(',')}}`;
  }
  throw new TypeError(typeof value);
}

describe('encodeCanonical', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    const encoded = encodeCanonical({
      b: 1,
      a: { d: [3, { z: true, y: null }], c: 'x' },
    });
    expect(encoded).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('encodes the same object built in a different key order identically', () => {
    const first = {
      time: 't',
      actor: { sub: 's', agency: 'POLICE' },
      nominalIds: ['N-1'],
    };
    const second = {
      nominalIds: ['N-1'],
      actor: { agency: 'POLICE', sub: 's' },
      time: 't',
    };
    expect(encodeCanonical(first)).toBe(encodeCanonical(second));
  });

  it('omits properties that hold undefined', () => {
    expect(encodeCanonical({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('keeps array order, which is meaningful', () => {
    expect(encodeCanonical(['b', 'a'])).not.toBe(encodeCanonical(['a', 'b']));
  });

  it.each([
    ['undefined inside an array', [1, undefined]],
    ['a non-finite number', { count: Number.NaN }],
    ['an infinite number', Number.POSITIVE_INFINITY],
    ['a bigint', { count: BigInt(1) }],
    ['a function', { run: () => 1 }],
  ])('refuses %s rather than encode it two ways', (_, value) => {
    expect(() => encodeCanonical(value)).toThrow(TypeError);
  });

  it('is deterministic and round-trips any JSON value whatever its key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const encoded = encodeCanonical(value);
        const reparsed: unknown = JSON.parse(encoded);
        expect(encodeCanonical(reparsed)).toBe(encoded);
        expect(encoded).toBe(
          encodeCanonical(JSON.parse(JSON.stringify(value))),
        );
      }),
    );
  });

  it('writes exactly what the plain recursive form writes, for any JSON value', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.array(fc.string()),
          fc.dictionary(
            fc.constantFrom('b', 'a', '10', '9', '', 'é', 'Z', '\u2028'),
            fc.oneof(fc.jsonValue(), fc.array(fc.string())),
          ),
        ),
        (value) => {
          expect(encodeCanonical(value)).toBe(encodePlainly(value));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses an array of strings with a hole, as any array with undefined in it', () => {
    const holed: string[] = ['a', 'b'];
    holed[3] = 'd';
    expect(() => encodeCanonical(holed)).toThrow(TypeError);
  });

  it("gives an object's members in its canonical order, joining to its encoding", () => {
    const object = { b: [1, 'x'], a: 'y', c: undefined, '10': true };
    const members = encodeCanonicalMembers(object);
    expect(members.map(({ key }) => key)).toEqual(['10', 'a', 'b']);
    expect(`{${members.map(({ member }) => member).join(',')}}`).toBe(
      encodeCanonical(object),
    );
  });

  it('encodes an object with shuffled keys the same way', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.integer()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(encodeCanonical(reversed)).toBe(encodeCanonical(object));
      }),
    );
  });
});
