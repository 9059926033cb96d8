import fc from 'fast-check';
import { type Caller, type RequestPurpose } from '../../caller';
import { type Register } from '../../register';
import { DisclosureLevel } from '../../vocabulary';
import { createPolicyEngine } from '../createPolicyEngine';
import { type FieldMarking } from '../types';
import {
  ENGINE,
  makeCaller,
  makeMarking,
  makePurpose,
  REGISTER,
} from './personas';

/** Inputs arrive from tokens and headers: the tests feed them as untyped values. */
function asCaller(value: unknown): Caller {
  return value as Caller;
}

const policeAnalyst = makeCaller('POLICE');
const identity = makeMarking('POLICE', 'IDENTITY');

describe('failing closed', () => {
  it.each([
    ['an unknown agency', { ...policeAnalyst, agency: 'MI5' }],
    ['no vetting', { ...policeAnalyst, vetting: undefined }],
    ['an unknown vetting level', { ...policeAnalyst, vetting: 'NPPV9' }],
    ['roles that are not a list', { ...policeAnalyst, roles: 'ANALYST' }],
    ['an unknown role', { ...policeAnalyst, roles: ['ANALYST', 'GOD'] }],
    ['an unknown region', { ...policeAnalyst, regions: ['ATLANTIS'] }],
    ['no caller at all', null],
  ])('withholds everything from a caller with %s', (_, caller) => {
    const decision = ENGINE.decide(asCaller(caller), makePurpose(), identity);
    const table = ENGINE.precompute(asCaller(caller), makePurpose(), [
      identity,
    ]);
    expect(decision).toMatchObject({
      level: 'WITHHELD',
      reason: 'EVALUATION_ERROR',
      grantable: false,
    });
    expect(table.field(0).reason).toBe('EVALUATION_ERROR');
    const onRecord = table.record({
      field: table.field(0),
      marking: identity,
      now: '2026-01-01T00:00:00Z',
    });
    expect(onRecord.reason).toBe('EVALUATION_ERROR');
  });

  it('withholds everything, with NO_PURPOSE, when no purpose is given', () => {
    const noPurpose = { justification: 'none' } as unknown as RequestPurpose;
    expect(ENGINE.decide(policeAnalyst, noPurpose, identity)).toMatchObject({
      level: 'WITHHELD',
      reason: 'NO_PURPOSE',
    });
  });

  it('treats an unknown purpose as an evaluation error', () => {
    const purpose = {
      purpose: 'CURIOSITY',
      justification: 'just looking',
    } as unknown as RequestPurpose;
    expect(ENGINE.decide(policeAnalyst, purpose, identity).reason).toBe(
      'EVALUATION_ERROR',
    );
  });

  it.each([
    [
      'an unknown owner',
      { owner: 'MI5', category: 'IDENTITY', classification: 'OFFICIAL' },
    ],
    [
      'an unknown category',
      { owner: 'POLICE', category: 'HOROSCOPE', classification: 'OFFICIAL' },
    ],
    [
      'a category its owner does not hold',
      { owner: 'POLICE', category: 'TAX', classification: 'OFFICIAL' },
    ],
    [
      'an unknown classification',
      { owner: 'POLICE', category: 'IDENTITY', classification: 'PUBLIC' },
    ],
  ])('withholds a field marked with %s', (_, marking) => {
    const decision = ENGINE.decide(
      policeAnalyst,
      makePurpose(),
      marking as FieldMarking,
    );
    expect(decision).toMatchObject({
      level: 'WITHHELD',
      reason: 'EVALUATION_ERROR',
    });
  });

  it('withholds a field index the table was not built for', () => {
    const table = ENGINE.precompute(policeAnalyst, makePurpose(), [identity]);
    expect(table.field(1).reason).toBe('EVALUATION_ERROR');
    expect(table.field(-1).reason).toBe('EVALUATION_ERROR');
  });

  it('withholds a record whose marking is malformed', () => {
    const table = ENGINE.precompute(policeAnalyst, makePurpose(), [identity]);
    const decision = table.record({
      field: table.field(0),
      marking: identity,
      record: { conditions: [{ kind: 'BURN_BEFORE_READING' }] } as never,
      now: '2026-01-01T00:00:00Z',
    });
    expect(decision).toMatchObject({
      level: 'WITHHELD',
      reason: 'EVALUATION_ERROR',
    });
  });

  it('withholds rather than throws when the register itself is corrupt', () => {
    const corrupt: Register = {
      ...REGISTER,
      rules: REGISTER.rules.map((rule) => ({
        ...rule,
        recipients: null as never,
      })),
    };
    const decision = createPolicyEngine(corrupt).decide(
      policeAnalyst,
      makePurpose(),
      identity,
    );
    expect(decision).toMatchObject({
      level: 'WITHHELD',
      reason: 'EVALUATION_ERROR',
    });
  });

  it('never throws and always returns a known level, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.anything(),
        fc.anything(),
        fc.anything(),
        (caller, purpose, marking, record) => {
          const table = ENGINE.precompute(
            asCaller(caller),
            purpose as RequestPurpose,
            [marking as FieldMarking],
          );
          const decisions = [
            ENGINE.decide(
              asCaller(caller),
              purpose as RequestPurpose,
              marking as FieldMarking,
            ),
            table.field(0),
            table.record({
              field: table.field(0),
              marking: marking as FieldMarking,
              record: record as never,
              now: String(record),
            }),
          ];
          for (const decision of decisions)
            expect(DisclosureLevel.is(decision.level)).toBe(true);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});
