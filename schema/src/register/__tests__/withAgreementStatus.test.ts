import { parseRegister } from '../parseRegister';
import { withAgreementStatus } from '../withAgreementStatus';
import { makeFiles } from './fixtures';

describe('withAgreementStatus (what-if)', () => {
  const register = parseRegister(makeFiles());

  it('returns a copy with the new status and a different version', () => {
    const signed = withAgreementStatus(register, 'MARSOC_ISA', 'SIGNED');
    expect(signed.agreements.get('MARSOC_ISA')?.status).toBe('SIGNED');
    expect(signed.version).toMatch(/^[0-9a-f]{64}$/);
    expect(signed.version).not.toBe(register.version);
    expect(signed.rules).toBe(register.rules);
  });

  it('leaves the original register untouched', () => {
    withAgreementStatus(register, 'MARSOC_ISA', 'SIGNED');
    expect(register.agreements.get('MARSOC_ISA')?.status).toBe('DRAFT');
  });

  it('refuses an agreement the register does not know', () => {
    expect(() => withAgreementStatus(register, 'HANDSHAKE', 'SIGNED')).toThrow(
      'unknown agreement HANDSHAKE',
    );
  });
});
