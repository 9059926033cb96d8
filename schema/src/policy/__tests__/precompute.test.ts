import {
  ENGINE,
  listAllMarkings,
  makeCaller,
  makePurpose,
  REGISTER,
} from './personas';

describe('precomputed decision tables', () => {
  const markings = listAllMarkings();

  it('gives, for each field, the decision computed from scratch', () => {
    const caller = makeCaller('HMPPS', { roles: ['OFFENDER_MANAGER'] });
    const table = ENGINE.precompute(
      caller,
      makePurpose('OFFENDER_MANAGEMENT'),
      markings,
    );
    markings.forEach((marking, position) => {
      expect(table.field(position)).toEqual(
        ENGINE.decide(caller, makePurpose('OFFENDER_MANAGEMENT'), marking),
      );
    });
  });

  it('carries the caller and purpose it was built for and the register version', () => {
    const caller = makeCaller('NCA');
    const purpose = makePurpose();
    const table = ENGINE.precompute(caller, purpose, markings);
    expect(table.caller).toBe(caller);
    expect(table.purpose).toBe(purpose);
    expect(ENGINE.registerVersion).toBe(REGISTER.version);
  });

  it('returns frozen decisions that an enforcer cannot alter', () => {
    const decision = ENGINE.precompute(
      makeCaller('DWP'),
      makePurpose(),
      markings,
    ).field(0);
    expect(Object.isFrozen(decision)).toBe(true);
    expect(Object.isFrozen(decision.rules)).toBe(true);
  });

  it('shares one table between alike callers of a frozen marking list, and not between unlike ones', () => {
    const frozen = Object.freeze([...markings]);
    const first = ENGINE.precompute(
      makeCaller('POLICE'),
      makePurpose(),
      frozen,
    );
    const alike = ENGINE.precompute(
      { ...makeCaller('POLICE'), sub: 'someone-else' },
      makePurpose(),
      frozen,
    );
    const unlike = ENGINE.precompute(
      makeCaller('POLICE', { vetting: 'BPSS' }),
      makePurpose(),
      frozen,
    );
    const taxPosition = frozen.findIndex(
      (marking) => marking.category === 'TAX',
    );
    expect(alike.field(taxPosition)).toBe(first.field(taxPosition));
    expect(unlike.field(taxPosition)).not.toEqual(first.field(taxPosition));
  });

  it('recomputes for a marking list that is not frozen, since it may have changed', () => {
    const list = [...markings];
    const before = ENGINE.precompute(
      makeCaller('POLICE'),
      makePurpose(),
      list,
    ).field(0);
    list[0] = { owner: 'HMRC', category: 'TAX', classification: 'OFFICIAL' };
    const after = ENGINE.precompute(
      makeCaller('POLICE'),
      makePurpose(),
      list,
    ).field(0);
    expect(before.level).toBe('FULL');
    expect(after.level).toBe('EXISTENCE');
  });
});
