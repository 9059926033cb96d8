import fc from 'fast-check';
import { withAgreementStatus } from '../../register';
import { rankDisclosure, Vetting } from '../../vocabulary';
import { createPolicyEngine } from '../createPolicyEngine';
import {
  callerArbitrary,
  markingArbitrary,
  purposeArbitrary,
  recordArbitrary,
} from './arbitraries';
import { ENGINE, makePurpose, REGISTER } from './personas';

const RUNS = { numRuns: 300, seed: 42 };
const NOW = '2026-03-01T12:00:00Z';
const rank = rankDisclosure;

describe('properties of the policy engine over the shipped register', () => {
  it('never shows a caller with lower vetting more', () => {
    fc.assert(
      fc.property(
        callerArbitrary,
        purposeArbitrary,
        markingArbitrary,
        (caller, purpose, marking) => {
          const held = Vetting.values.indexOf(caller.vetting);
          const higher = ENGINE.decide(caller, makePurpose(purpose), marking);
          for (const lower of Vetting.values.slice(0, held)) {
            const lowered = ENGINE.decide(
              { ...caller, vetting: lower },
              makePurpose(purpose),
              marking,
            );
            expect(rank(lowered.level)).toBeLessThanOrEqual(rank(higher.level));
          }
        },
      ),
      RUNS,
    );
  });

  it('never hides anything when an agreement is signed', () => {
    const signed = [...REGISTER.agreements.keys()].map((id) =>
      createPolicyEngine(withAgreementStatus(REGISTER, id, 'SIGNED')),
    );
    fc.assert(
      fc.property(
        callerArbitrary,
        purposeArbitrary,
        markingArbitrary,
        (caller, purpose, marking) => {
          const before = ENGINE.decide(caller, makePurpose(purpose), marking);
          for (const engine of signed) {
            const after = engine.decide(caller, makePurpose(purpose), marking);
            expect(rank(after.level)).toBeGreaterThanOrEqual(
              rank(before.level),
            );
          }
        },
      ),
      RUNS,
    );
  });

  it('lets no HMRC-owned category reach a caller outside HMRC above EXISTENCE without a grant', () => {
    const hmrcMarking = markingArbitrary.filter(
      (marking) => marking.owner === 'HMRC',
    );
    const outsider = callerArbitrary.filter(
      (caller) => caller.agency !== 'HMRC',
    );
    fc.assert(
      fc.property(
        outsider,
        purposeArbitrary,
        hmrcMarking,
        recordArbitrary,
        (caller, purpose, marking, record) => {
          const table = ENGINE.precompute(caller, makePurpose(purpose), [
            marking,
          ]);
          const field = table.field(0);
          const onRecord = table.record({ field, marking, record, now: NOW });
          expect(rank(field.level)).toBeLessThanOrEqual(rank('EXISTENCE'));
          expect(rank(onRecord.level)).toBeLessThanOrEqual(rank('EXISTENCE'));
        },
      ),
      RUNS,
    );
  });

  it('never lets a record decision exceed its field decision without a grant', () => {
    fc.assert(
      fc.property(
        callerArbitrary,
        purposeArbitrary,
        markingArbitrary,
        recordArbitrary,
        (caller, purpose, marking, record) => {
          const table = ENGINE.precompute(caller, makePurpose(purpose), [
            marking,
          ]);
          const field = table.field(0);
          const onRecord = table.record({ field, marking, record, now: NOW });
          expect(rank(onRecord.level)).toBeLessThanOrEqual(rank(field.level));
          if (field.level === 'NCND') expect(onRecord.level).toBe('NCND');
        },
      ),
      RUNS,
    );
  });

  it('keeps NCA covert interest NCND for everyone outside the NCA, grants or not', () => {
    const outsider = callerArbitrary.filter(
      (caller) => caller.agency !== 'NCA',
    );
    const marking = {
      owner: 'NCA' as const,
      category: 'NCA_COVERT_INTEREST',
      classification: 'OFFICIAL' as const,
    };
    fc.assert(
      fc.property(outsider, purposeArbitrary, (caller, purpose) => {
        const table = ENGINE.precompute(caller, makePurpose(purpose), [
          marking,
        ]);
        const grant = {
          id: 'g',
          owner: 'NCA' as const,
          nominalId: 'N',
          category: 'NCA_COVERT_INTEREST',
          recipient: caller.agency,
          purpose,
          legalBasis: 'test',
          grantedBy: 'test',
          grantedAt: '2026-01-01T00:00:00Z',
          expiresAt: '2027-01-01T00:00:00Z',
        };
        const onRecord = table.record({
          field: table.field(0),
          marking,
          grants: [grant],
          now: NOW,
        });
        expect(table.field(0).level).toBe('NCND');
        expect(onRecord.level).toBe('NCND');
      }),
      RUNS,
    );
  });

  it('decides the same way every time, from a fresh engine or a precomputed table', () => {
    const fresh = createPolicyEngine(REGISTER);
    fc.assert(
      fc.property(
        callerArbitrary,
        purposeArbitrary,
        markingArbitrary,
        (caller, purpose, marking) => {
          const first = ENGINE.decide(caller, makePurpose(purpose), marking);
          expect(ENGINE.decide(caller, makePurpose(purpose), marking)).toEqual(
            first,
          );
          expect(fresh.decide(caller, makePurpose(purpose), marking)).toEqual(
            first,
          );
          expect(
            fresh.precompute(caller, makePurpose(purpose), [marking]).field(0),
          ).toEqual(first);
        },
      ),
      RUNS,
    );
  });

  it('marks a decision grantable only below FULL, without a forbid, for a lack of agreement', () => {
    fc.assert(
      fc.property(
        callerArbitrary,
        purposeArbitrary,
        markingArbitrary,
        (caller, purpose, marking) => {
          const decision = ENGINE.decide(caller, makePurpose(purpose), marking);
          if (!decision.grantable) return;
          expect(decision.level).not.toBe('FULL');
          expect(decision.level).not.toBe('NCND');
          expect(['AGREEMENT_NOT_SIGNED', 'NO_AGREEMENT']).toContain(
            decision.reason,
          );
          expect(['PERFORMANCE_REPORTING', 'AUDIT']).not.toContain(purpose);
        },
      ),
      RUNS,
    );
  });
});
