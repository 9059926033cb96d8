import {
  PurposeRequiredError,
  readRequestPurpose,
  requireRequestPurpose,
} from '../purpose';

const justification = 'Op KESTREL: PSF review of nominal N-0042 before tasking';

function refusalOf(read: () => unknown): PurposeRequiredError {
  try {
    read();
  } catch (error) {
    if (error instanceof PurposeRequiredError) {
      expect(error.extensions).toEqual({
        code: 'PURPOSE_REQUIRED',
        http: { status: 400 },
      });
      return error;
    }
    throw error;
  }
  throw new Error('expected the purpose to be refused');
}

describe('readRequestPurpose', () => {
  it('reads a declared purpose and trims its justification', () => {
    expect(
      readRequestPurpose({
        'x-purpose': 'COHORT_MANAGEMENT',
        'x-justification': `  ${justification} `,
      }),
    ).toEqual({ purpose: 'COHORT_MANAGEMENT', justification });
  });

  it('returns undefined when the request declares no purpose at all', () => {
    expect(readRequestPurpose({ authorization: 'Bearer x' })).toBeUndefined();
  });

  it('reads the headers from an Apollo Server HeaderMap as well as from node:http', () => {
    const headers = new Map([
      ['x-purpose', 'AUDIT'],
      ['x-justification', justification],
    ]);
    expect(readRequestPurpose(headers)).toEqual({
      purpose: 'AUDIT',
      justification,
    });
  });

  it('reads headersDistinct arrays holding one value each', () => {
    expect(
      readRequestPurpose({
        'x-purpose': ['STAFF_SAFETY'],
        'x-justification': [justification],
      }),
    ).toEqual({
      purpose: 'STAFF_SAFETY',
      justification,
    });
  });

  it('keeps a comma inside a justification', () => {
    const text = 'Nominal N-0042, subject of a PSF decision';
    expect(
      readRequestPurpose({ 'x-purpose': 'AUDIT', 'x-justification': text })
        ?.justification,
    ).toBe(text);
  });

  it('recovers UTF-8 text that node:http decoded as Latin-1', () => {
    const sent = 'Siobhán’s review of N-0042';
    const asNodeSeesIt = Buffer.from(sent, 'utf8').toString('latin1');
    expect(
      readRequestPurpose({
        'x-purpose': 'AUDIT',
        'x-justification': asNodeSeesIt,
      })?.justification,
    ).toBe(sent);
  });

  it.each([
    [
      'an unknown purpose',
      { 'x-purpose': 'CURIOSITY', 'x-justification': justification },
      /^X-Purpose must be one of COHORT_MANAGEMENT, INTELLIGENCE_DEVELOPMENT, /,
    ],
    [
      'a lower-case purpose',
      { 'x-purpose': 'audit', 'x-justification': justification },
      /^X-Purpose must be one of/,
    ],
    [
      'two purposes joined by node:http',
      { 'x-purpose': 'AUDIT, STAFF_SAFETY', 'x-justification': justification },
      /^X-Purpose was sent more than once/,
    ],
    [
      'two purposes in headersDistinct',
      { 'x-purpose': ['AUDIT', 'AUDIT'], 'x-justification': justification },
      /^X-Purpose was sent more than once/,
    ],
    [
      'two justifications in headersDistinct',
      {
        'x-purpose': 'AUDIT',
        'x-justification': [justification, justification],
      },
      /^X-Justification was sent more than once/,
    ],
    [
      'a purpose without a justification',
      { 'x-purpose': 'AUDIT' },
      /^X-Purpose was sent without X-Justification; say why, in at least 10 characters/,
    ],
    [
      'a justification without a purpose',
      { 'x-justification': justification },
      /^X-Justification was sent without X-Purpose/,
    ],
    [
      'a justification of nine characters',
      { 'x-purpose': 'AUDIT', 'x-justification': ' 123456789 ' },
      /^X-Justification must be at least 10 characters$/,
    ],
    [
      'a justification of 1001 characters',
      { 'x-purpose': 'AUDIT', 'x-justification': 'j'.repeat(1001) },
      /^X-Justification must be at most 1000 characters$/,
    ],
    [
      'a justification with a tab',
      { 'x-purpose': 'AUDIT', 'x-justification': 'reviewing\tnominal N-0042' },
      /^X-Justification must not contain control characters$/,
    ],
    [
      'a justification with a bidi override',
      { 'x-purpose': 'AUDIT', 'x-justification': 'reviewing \u202E2400-N' },
      /^X-Justification must not contain control characters$/,
    ],
    [
      'a justification with a C1 control',
      {
        'x-purpose': 'AUDIT',
        'x-justification': 'reviewing\u0085nominal N-0042',
      },
      /^X-Justification must not contain control characters$/,
    ],
  ])('refuses %s with PURPOSE_REQUIRED', (_label, headers, message) => {
    expect(refusalOf(() => readRequestPurpose(headers)).message).toMatch(
      message,
    );
  });
});

describe('requireRequestPurpose', () => {
  it('returns the declared purpose', () => {
    expect(
      requireRequestPurpose({
        'x-purpose': 'OFFENDER_MANAGEMENT',
        'x-justification': justification,
      }),
    ).toEqual({
      purpose: 'OFFENDER_MANAGEMENT',
      justification,
    });
  });

  it('refuses a request for nominal data that declares no purpose, listing the purposes', () => {
    const error = refusalOf(() => requireRequestPurpose({}));
    expect(error.message).toMatch(
      /^nominal data needs a declared purpose: send X-Purpose and X-Justification/,
    );
    expect(error.message).toContain('PERFORMANCE_REPORTING');
  });
});
