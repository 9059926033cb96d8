import { JUSTIFICATION_HEADER, PURPOSE_HEADER } from '@marsoc/schema/wire';
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
        [PURPOSE_HEADER]: 'COHORT_MANAGEMENT',
        [JUSTIFICATION_HEADER]: `  ${justification} `,
      }),
    ).toEqual({ purpose: 'COHORT_MANAGEMENT', justification });
  });

  it('returns undefined when the request declares no purpose at all', () => {
    expect(readRequestPurpose({ authorization: 'Bearer x' })).toBeUndefined();
  });

  it('reads the headers from an Apollo Server HeaderMap as well as from node:http', () => {
    const headers = new Map([
      [PURPOSE_HEADER, 'AUDIT'],
      [JUSTIFICATION_HEADER, justification],
    ]);
    expect(readRequestPurpose(headers)).toEqual({
      purpose: 'AUDIT',
      justification,
    });
  });

  it('reads headersDistinct arrays holding one value each', () => {
    expect(
      readRequestPurpose({
        [PURPOSE_HEADER]: ['STAFF_SAFETY'],
        [JUSTIFICATION_HEADER]: [justification],
      }),
    ).toEqual({
      purpose: 'STAFF_SAFETY',
      justification,
    });
  });

  it('keeps a comma inside a justification', () => {
    const text = 'Nominal N-0042, subject of a PSF decision';
    expect(
      readRequestPurpose({
        [PURPOSE_HEADER]: 'AUDIT',
        [JUSTIFICATION_HEADER]: text,
      })?.justification,
    ).toBe(text);
  });

  it('recovers UTF-8 text that node:http decoded as Latin-1', () => {
    const sent = 'Siobhán’s review of N-0042';
    const asNodeSeesIt = Buffer.from(sent, 'utf8').toString('latin1');
    expect(
      readRequestPurpose({
        [PURPOSE_HEADER]: 'AUDIT',
        [JUSTIFICATION_HEADER]: asNodeSeesIt,
      })?.justification,
    ).toBe(sent);
  });

  it.each([
    [
      'an unknown purpose',
      { [PURPOSE_HEADER]: 'CURIOSITY', [JUSTIFICATION_HEADER]: justification },
      /^X-Purpose must be one of COHORT_MANAGEMENT, INTELLIGENCE_DEVELOPMENT, /,
    ],
    [
      'a lower-case purpose',
      { [PURPOSE_HEADER]: 'audit', [JUSTIFICATION_HEADER]: justification },
      /^X-Purpose must be one of/,
    ],
    [
      'two purposes joined by node:http',
      {
        [PURPOSE_HEADER]: 'AUDIT, STAFF_SAFETY',
        [JUSTIFICATION_HEADER]: justification,
      },
      /^X-Purpose was sent more than once/,
    ],
    [
      'two purposes in headersDistinct',
      {
        [PURPOSE_HEADER]: ['AUDIT', 'AUDIT'],
        [JUSTIFICATION_HEADER]: justification,
      },
      /^X-Purpose was sent more than once/,
    ],
    [
      'two justifications in headersDistinct',
      {
        [PURPOSE_HEADER]: 'AUDIT',
        [JUSTIFICATION_HEADER]: [justification, justification],
      },
      /^X-Justification was sent more than once/,
    ],
    [
      'a purpose without a justification',
      { [PURPOSE_HEADER]: 'AUDIT' },
      /^X-Purpose was sent without X-Justification; say why, in at least 10 characters/,
    ],
    [
      'a justification without a purpose',
      { [JUSTIFICATION_HEADER]: justification },
      /^X-Justification was sent without X-Purpose/,
    ],
    [
      'a justification of nine characters',
      { [PURPOSE_HEADER]: 'AUDIT', [JUSTIFICATION_HEADER]: ' 123456789 ' },
      /^X-Justification must be at least 10 characters$/,
    ],
    [
      'a justification of 1001 characters',
      { [PURPOSE_HEADER]: 'AUDIT', [JUSTIFICATION_HEADER]: 'j'.repeat(1001) },
      /^X-Justification must be at most 1000 characters$/,
    ],
    [
      'a justification with a tab',
      {
        [PURPOSE_HEADER]: 'AUDIT',
        [JUSTIFICATION_HEADER]: 'reviewing\tnominal N-0042',
      },
      /^X-Justification must not contain control characters$/,
    ],
    [
      'a justification with a bidi override',
      {
        [PURPOSE_HEADER]: 'AUDIT',
        [JUSTIFICATION_HEADER]: 'reviewing \u202E2400-N',
      },
      /^X-Justification must not contain control characters$/,
    ],
    [
      'a justification with a C1 control',
      {
        [PURPOSE_HEADER]: 'AUDIT',
        [JUSTIFICATION_HEADER]: 'reviewing\u0085nominal N-0042',
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
        [PURPOSE_HEADER]: 'OFFENDER_MANAGEMENT',
        [JUSTIFICATION_HEADER]: justification,
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
