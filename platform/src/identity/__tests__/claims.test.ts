import { InvalidClaimError, parseCallerClaims } from '../claims';

const validClaims = {
  sub: 'dev-0001-police-analyst',
  name: 'Ada Madeup',
  agency: 'POLICE',
  unit: 'NWROCU',
  regions: ['NORTH_WEST'],
  roles: ['ANALYST'],
  vetting: 'NPPV3',
};

function claimsWith(
  overrides: Record<string, unknown>,
): Record<string, unknown> {
  return { ...validClaims, ...overrides };
}

function rejectionOf(payload: unknown): InvalidClaimError {
  try {
    parseCallerClaims(payload);
  } catch (error) {
    if (error instanceof InvalidClaimError) return error;
    throw error;
  }
  throw new Error('expected the claims to be refused');
}

describe('parseCallerClaims', () => {
  it('reads the seven caller claims and ignores registered JWT claims', () => {
    const caller = parseCallerClaims(
      claimsWith({ iss: 'urn:example', exp: 1, extra: 'ignored' }),
    );
    expect(caller).toEqual(validClaims);
    expect(Object.isFrozen(caller)).toBe(true);
    expect(Object.isFrozen(caller.regions)).toBe(true);
  });

  it('accepts a caller with several regions, as spoke roles that span regions need (E379, E895)', () => {
    const caller = parseCallerClaims(
      claimsWith({ regions: ['NORTH_WEST', 'YORKSHIRE_AND_HUMBER'] }),
    );
    expect(caller.regions).toEqual(['NORTH_WEST', 'YORKSHIRE_AND_HUMBER']);
  });

  it('accepts a caller without roles, who then holds no role-based access', () => {
    expect(parseCallerClaims(claimsWith({ roles: [] })).roles).toEqual([]);
  });

  it.each(['sub', 'name', 'agency', 'unit', 'regions', 'roles', 'vetting'])(
    'refuses a payload without the "%s" claim, naming it',
    (claim) => {
      const payload = claimsWith({});
      delete payload[claim];
      const error = rejectionOf(payload);
      expect(error.claim).toBe(claim);
      expect(error.message).toBe(`claim "${claim}" is missing`);
    },
  );

  it.each([
    ['agency', 'FBI', /claim "agency" must be one of POLICE, .*; got "FBI"/],
    [
      'vetting',
      'TOP_SECRET',
      /claim "vetting" must be one of BPSS, .*; got "TOP_SECRET"/,
    ],
    [
      'regions',
      ['NORTH_WEST', 'MARS'],
      /claim "regions" must be one of .*; got "MARS"/,
    ],
    [
      'roles',
      ['ADMIN'],
      /claim "roles" must be one of ANALYST, .*; got "ADMIN"/,
    ],
    ['agency', 'police', /claim "agency" must be one of/],
  ])('refuses an unknown %s value %j', (claim, value, message) => {
    const error = rejectionOf(claimsWith({ [claim]: value }));
    expect(error.claim).toBe(claim);
    expect(error.message).toMatch(message);
  });

  it.each([
    ['sub', 'an empty', '', 'must not be empty'],
    ['name', 'a blank', '   ', 'must not be empty'],
    ['sub', 'a numeric', 42, 'must be a string; got number'],
    ['unit', 'a list', ['NWROCU'], 'must be a string; got object'],
    [
      'name',
      'a 201-character',
      'x'.repeat(201),
      'must be at most 200 characters; got 201',
    ],
    [
      'sub',
      'a 256-character',
      's'.repeat(256),
      'must be at most 255 characters; got 256',
    ],
    // The consultation log keeps the subject as an identifier (OIDC: ASCII).
    [
      'sub',
      'a spaced',
      'dev 0001',
      'must be printable ASCII without spaces (OpenID Connect Core 1.0 §2)',
    ],
    [
      'sub',
      'a non-ASCII',
      'dév-0001',
      'must be printable ASCII without spaces (OpenID Connect Core 1.0 §2)',
    ],
    [
      'name',
      'a multi-line',
      'Ada\nMadeup',
      'must not contain control characters',
    ],
    [
      'unit',
      'a bidi-override',
      'NWROCU\u202Eevil',
      'must not contain control characters',
    ],
    ['regions', 'an empty', [], 'must name at least one value'],
    ['regions', 'a bare string', 'NORTH_WEST', 'must be an array of Region'],
    ['roles', 'a repeating', ['ANALYST', 'ANALYST'], 'must not repeat a value'],
    [
      'roles',
      'an over-long',
      new Array(8).fill('ANALYST'),
      'has more entries than there are values',
    ],
  ])('refuses %s given as %s value', (claim, _label, value, problem) => {
    const error = rejectionOf(claimsWith({ [claim]: value }));
    expect(error.message).toBe(`claim "${claim}" ${problem}`);
  });

  it.each([null, 'a string', 42, []])(
    'refuses a payload that is not an object: %j',
    (payload) => {
      expect(rejectionOf(payload).message).toMatch(/must be a JSON object/);
    },
  );

  it('shortens a long bad value in its message instead of repeating it whole', () => {
    const error = rejectionOf(claimsWith({ agency: 'A'.repeat(5000) }));
    expect(error.message.length).toBeLessThan(200);
  });
});
