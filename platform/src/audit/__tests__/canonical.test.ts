import fc from 'fast-check';
import { encodeCanonical } from '../canonical';

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

  it('encodes an object with shuffled keys the same way', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.integer()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(encodeCanonical(reversed)).toBe(encodeCanonical(object));
      }),
    );
  });
});
