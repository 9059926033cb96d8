import { InvalidPurposeError, parseRequestPurpose } from '../requestPurpose';

const justification = 'Op KESTREL: PSF review of nominal N-0042 before tasking';

function problemWith(purpose: unknown, text: unknown): string {
  try {
    parseRequestPurpose(purpose, text);
  } catch (error) {
    if (error instanceof InvalidPurposeError) return error.message;
    throw error;
  }
  throw new Error('expected the purpose to be refused');
}

describe('parseRequestPurpose', () => {
  it('accepts a known purpose with a justification and trims the justification', () => {
    expect(
      parseRequestPurpose('COHORT_MANAGEMENT', `  ${justification}  `),
    ).toEqual({
      purpose: 'COHORT_MANAGEMENT',
      justification,
    });
  });

  it.each([
    [
      'an unknown purpose',
      'CURIOSITY',
      /^purpose must be one of COHORT_MANAGEMENT, /,
    ],
    ['a lower-case purpose', 'audit', /^purpose must be one of/],
    ['no purpose', undefined, /^purpose must be one of/],
  ])('refuses %s', (_label, purpose, message) => {
    expect(problemWith(purpose, justification)).toMatch(message);
  });

  it.each([
    ['no justification', undefined, 'justification is missing'],
    [
      'a justification of nine characters after trimming',
      '  123456789  ',
      'justification must be at least 10 characters',
    ],
    [
      'a justification of 1001 characters',
      'j'.repeat(1001),
      'justification must be at most 1000 characters',
    ],
    [
      'a justification with a line break',
      'first line\nsecond line',
      'justification must not contain control characters',
    ],
    [
      'a justification with a bidi override',
      'reviewing \u202Elanimon',
      'justification must not contain control characters',
    ],
    [
      'a justification with a NUL',
      'reviewing\u0000 nominal',
      'justification must not contain control characters',
    ],
  ])('refuses %s', (_label, text, message) => {
    expect(problemWith('AUDIT', text)).toBe(message);
  });

  it('accepts a justification of exactly 10 and of exactly 1000 characters', () => {
    expect(
      parseRequestPurpose('AUDIT', '0123456789').justification,
    ).toHaveLength(10);
    expect(
      parseRequestPurpose('AUDIT', 'j'.repeat(1000)).justification,
    ).toHaveLength(1000);
  });
});
