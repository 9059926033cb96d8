import { loadPersonas } from '@marsoc/platform';
import { createPolicyEngine } from '@marsoc/schema/policy';
import { loadRegister } from '@marsoc/schema/register';
import { PURPOSE } from './grantFixtures';

describe('who reads grants under the real register (hmrc.yaml, nca.yaml)', () => {
  const policy = createPolicyEngine(loadRegister());
  const personas = loadPersonas();
  const decide = (handle: string, owner: 'HMRC' | 'NCA') => {
    const caller = personas.get(handle)?.caller;
    if (!caller) throw new Error(`no persona ${handle}`);
    return policy.decide(caller, PURPOSE, {
      owner,
      category: 'DISCLOSURE_GRANTS',
      classification: 'OFFICIAL_SENSITIVE',
    });
  };

  it("releases HMRC's grants in full to HMRC's own disclosure officer only (seed 000 E629)", () => {
    expect(decide('hmrc-disclosure-officer', 'HMRC').level).toBe('FULL');
    expect(decide('hmrc-disclosure-officer', 'NCA').level).toBe('WITHHELD');
    expect(decide('hmrc-investigator', 'HMRC')).toMatchObject({
      level: 'WITHHELD',
      reason: 'ROLE_NOT_PERMITTED',
    });
  });

  it.each(['police-analyst', 'nca-officer', 'regional-lead', 'auditor'])(
    "withholds HMRC's grants from %s, and no agreement or grant could open them",
    (handle) => {
      expect(decide(handle, 'HMRC')).toMatchObject({
        level: 'WITHHELD',
        grantable: false,
      });
    },
  );

  it("withholds the NCA's grants from every NCA officer who is no disclosure officer", () => {
    expect(decide('nca-officer', 'NCA')).toMatchObject({
      level: 'WITHHELD',
      reason: 'ROLE_NOT_PERMITTED',
    });
  });
});
