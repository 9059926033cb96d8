import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import fc from 'fast-check';
import { type Caller } from '../../caller';
import {
  Agency,
  Classification,
  Purpose,
  rankDisclosure,
  Role,
  Vetting,
} from '../../vocabulary';
import { type FieldMarking } from '../types';
import { buildCedarCall, CEDAR_POLICIES, MIRRORED_PAIRS } from './cedarMirror';
import { ENGINE, makePurpose } from './personas';

const POLICY_SET_ID = 'register-mirror';

function readAnswer(answer: cedar.AuthorizationAnswer): boolean {
  if (answer.type !== 'success') {
    throw new Error(
      `Cedar failed: ${answer.errors.map((error) => error.message).join('; ')}`,
    );
  }
  return answer.response.decision === 'allow';
}

/** Plain isAuthorized, parsing the policy text on every call. */
function isAllowedByCedar(call: cedar.AuthorizationCall): boolean {
  return readAnswer(cedar.isAuthorized(call));
}

/** The same policy text parsed once: ten times faster, for the bulk of the random cases. */
function isAllowedByPreparsedCedar(call: cedar.AuthorizationCall): boolean {
  const { principal, action, resource, context, entities } = call;
  return readAnswer(
    cedar.statefulIsAuthorized({
      principal,
      action,
      resource,
      context,
      entities,
      preparsedPolicySetId: POLICY_SET_ID,
    }),
  );
}

const caseArbitrary = fc.record({
  caller: fc.record({
    sub: fc.constant('random'),
    name: fc.constant('Random caller'),
    unit: fc.constant('RANDOM'),
    regions: fc.constant(['LONDON' as const]),
    agency: fc.constantFrom(...Agency.values),
    roles: fc.subarray([...Role.values], { minLength: 1 }),
    vetting: fc.constantFrom(...Vetting.values),
  }),
  purpose: fc.constantFrom(...Purpose.values),
  marking: fc
    .tuple(
      fc.constantFrom(...MIRRORED_PAIRS),
      fc.constantFrom(...Classification.values),
    )
    .map(([[owner, category], classification]): FieldMarking => ({
      owner,
      category,
      classification,
    })),
});

type Authorizer = (call: cedar.AuthorizationCall) => boolean;

function compareEngines(
  authorize: Authorizer,
  caller: Caller,
  purpose: Purpose,
  marking: FieldMarking,
): void {
  const request = makePurpose(purpose);
  const decision = ENGINE.decide(caller, request, marking);
  const existence = authorize(
    buildCedarCall(caller, request, marking, 'seeExistence'),
  );
  const full = authorize(buildCedarCall(caller, request, marking, 'seeFull'));
  expect({ existence, full }).toEqual({
    existence: rankDisclosure(decision.level) >= rankDisclosure('EXISTENCE'),
    full: decision.level === 'FULL',
  });
}

describe('the engine against a Cedar mirror of the register', () => {
  beforeAll(() => {
    expect(
      cedar.preparsePolicySet(POLICY_SET_ID, {
        staticPolicies: CEDAR_POLICIES,
      }),
    ).toEqual({
      type: 'success',
    });
  });

  it('agrees with Cedar isAuthorized on random callers', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ caller, purpose, marking }) =>
        compareEngines(isAllowedByCedar, caller, purpose, marking),
      ),
      { numRuns: 25, seed: 20260302 },
    );
  });

  it('agrees with Cedar on "at least EXISTENCE" and "FULL" for a few hundred random callers', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ caller, purpose, marking }) =>
        compareEngines(isAllowedByPreparsedCedar, caller, purpose, marking),
      ),
      { numRuns: 400, seed: 20260301 },
    );
  });

  it('lets Cedar permit HMRC its own tax data and forbid the covert interest to police', () => {
    const hmrc = {
      sub: 's',
      name: 'n',
      unit: 'u',
      agency: 'HMRC' as const,
      regions: [],
      roles: ['ANALYST' as const],
      vetting: 'SC' as const,
    };
    const tax: FieldMarking = {
      owner: 'HMRC',
      category: 'TAX',
      classification: 'OFFICIAL',
    };
    const covert: FieldMarking = {
      owner: 'NCA',
      category: 'NCA_COVERT_INTEREST',
      classification: 'OFFICIAL',
    };
    expect(
      isAllowedByCedar(buildCedarCall(hmrc, makePurpose(), tax, 'seeFull')),
    ).toBe(true);
    expect(
      isAllowedByCedar(
        buildCedarCall(
          { ...hmrc, agency: 'POLICE' },
          makePurpose(),
          covert,
          'seeExistence',
        ),
      ),
    ).toBe(false);
  });
});
