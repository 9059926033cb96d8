import { createPolicyEngine } from '@marsoc/schema/policy';
import { loadRegister, type Register } from '@marsoc/schema/register';
import { type SubgraphTestServerOptions } from './createSubgraphTestServer';

export type RegisterRules = Required<
  Pick<SubgraphTestServerOptions<unknown>, 'policy' | 'isKnownCategory'>
>;

let loaded: Register | undefined;

/**
 * The real register's engine and categories, for tests whose rules under test
 * are the register's rather than a stand-in's. The register is read once per
 * test file (or given, when the test reads it itself); each call gets an
 * engine of its own.
 */
export function loadRegisterRules(
  register: Register = (loaded ??= loadRegister()),
): RegisterRules {
  return {
    policy: createPolicyEngine(register),
    isKnownCategory: (category) => register.categories.has(category),
  };
}
