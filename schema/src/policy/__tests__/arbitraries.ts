import fc from 'fast-check';
import { type Caller } from '../../caller';
import {
  Agency,
  Classification,
  type HandlingCondition,
  Purpose,
  type RecordMarking,
  Region,
  Role,
  Vetting,
} from '../../vocabulary';
import { type FieldMarking } from '../types';
import { listAllMarkings } from './personas';

export const callerArbitrary: fc.Arbitrary<Caller> = fc.record({
  sub: fc.constant('generated'),
  name: fc.constant('Generated caller'),
  agency: fc.constantFrom(...Agency.values),
  unit: fc.constant('GENERATED'),
  regions: fc.subarray([...Region.values], { minLength: 1, maxLength: 3 }),
  roles: fc.subarray([...Role.values], { minLength: 1, maxLength: 3 }),
  vetting: fc.constantFrom(...Vetting.values),
});

export const purposeArbitrary = fc.constantFrom(...Purpose.values);

/** A marking the register knows, at any classification. */
export const markingArbitrary: fc.Arbitrary<FieldMarking> = fc
  .tuple(
    fc.constantFrom(...listAllMarkings()),
    fc.constantFrom(...Classification.values),
  )
  .map(([marking, classification]) => ({ ...marking, classification }));

const agencyArbitrary = fc.constantFrom(...Agency.values);

const conditionArbitrary: fc.Arbitrary<HandlingCondition> = fc.oneof(
  fc.constant({ kind: 'ORIGINATOR_CONSENT_REQUIRED' as const }),
  fc.constant({ kind: 'NO_ONWARD_DISSEMINATION' as const }),
  fc.constant({ kind: 'SANITISE_SOURCE' as const }),
  fc.record({
    kind: fc.constant('FREE_TEXT' as const),
    text: fc.constant('refer to originator'),
  }),
  fc.record({
    kind: fc.constant('RESTRICT_TO_AGENCIES' as const),
    agencies: fc.subarray([...Agency.values]),
  }),
);

export const recordArbitrary: fc.Arbitrary<RecordMarking> = fc.record(
  {
    classification: fc.constantFrom(...Classification.values),
    handling: fc.constantFrom('P' as const, 'C' as const),
    conditions: fc.array(conditionArbitrary, { maxLength: 3 }),
    originator: agencyArbitrary,
    consentedAgencies: fc.subarray([...Agency.values]),
    covert: fc.boolean(),
  },
  { requiredKeys: [] },
);
