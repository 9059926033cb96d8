import { ErrorCode } from '@marsoc/platform';
import { readLimitRefusal } from '../readLimitRefusal';

const limited = (code: string, retryAfter: unknown, message = code) => ({
  message,
  extensions: { code, retryAfter },
});

describe('readLimitRefusal', () => {
  it('names the refusal with the longest wait, whichever limit refused', () => {
    expect(
      readLimitRefusal([
        limited(ErrorCode.RATE_LIMITED, 12, 'search rate'),
        { message: 'withheld', extensions: { code: ErrorCode.FORBIDDEN } },
        limited(ErrorCode.BREADTH_LIMITED, 3540, 'breadth'),
        limited(ErrorCode.RATE_LIMITED, 40, 'search rate again'),
      ]),
    ).toEqual({
      kind: 'LIMITED',
      code: ErrorCode.BREADTH_LIMITED,
      message: 'breadth',
      retryAfterSeconds: 3540,
    });
  });

  it('says the limits could not be checked only when nothing refused with a wait', () => {
    expect(
      readLimitRefusal([
        { message: 'down', extensions: { code: ErrorCode.LIMITS_UNAVAILABLE } },
      ]),
    ).toEqual({ kind: 'UNAVAILABLE' });
    expect(
      readLimitRefusal([
        { message: 'down', extensions: { code: ErrorCode.LIMITS_UNAVAILABLE } },
        limited(ErrorCode.RATE_LIMITED, 5),
      ])?.kind,
    ).toBe('LIMITED');
  });

  it('ignores a limit code without a numeric wait, and other errors', () => {
    expect(readLimitRefusal([])).toBeUndefined();
    expect(
      readLimitRefusal([
        limited(ErrorCode.RATE_LIMITED, '60'),
        limited(ErrorCode.FORBIDDEN, 60),
        { message: 'no extensions' },
      ]),
    ).toBeUndefined();
  });
});
