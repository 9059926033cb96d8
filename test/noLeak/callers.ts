import { createRandom, loadPersonas, type Random } from '@marsoc/platform';
import {
  Agency,
  type Caller,
  Purpose,
  Region,
  type RequestPurpose,
  Role,
  Vetting,
} from '@marsoc/schema';

/** Who asks and why: one caller with one purpose, named for failure reports. */
export interface CallerCase {
  label: string;
  caller: Caller;
  purpose: RequestPurpose;
}

const JUSTIFICATION = 'Generated no-leak case of the nominal picture';

function withPurpose(
  label: string,
  caller: Caller,
  purpose: Purpose,
): CallerCase {
  return {
    label: `${label}/${purpose}`,
    caller,
    purpose: { purpose, justification: JUSTIFICATION },
  };
}

/** Every development persona under every purpose. */
export function listPersonaCallers(): CallerCase[] {
  const cases: CallerCase[] = [];
  for (const [handle, persona] of loadPersonas()) {
    for (const purpose of Purpose.values)
      cases.push(withPurpose(handle, persona.caller, purpose));
  }
  return cases;
}

function pickSome<T>(random: Random, values: readonly T[], max: number): T[] {
  return random.shuffle(values).slice(0, random.integer(0, max));
}

/**
 * Callers no persona covers: any agency, unit, regions, roles and vetting the
 * vocabulary allows, with any purpose. Seeded, so a failure names a caller that
 * the same seed makes again.
 */
export function generateCallers(seed: string, count: number): CallerCase[] {
  const random = createRandom(seed);
  const cases: CallerCase[] = [];
  for (let index = 0; index < count; index += 1) {
    const agency = random.pick(Agency.values);
    const roles = pickSome(random, Role.values, 3);
    const caller: Caller = {
      sub: `generated-${seed}-${index}`,
      name: `Generated Caller ${index}`,
      agency,
      unit: `${agency} generated unit ${random.integer(1, 5)}`,
      regions: pickSome(random, Region.values, 3),
      roles: roles.length > 0 ? roles : [random.pick(Role.values)],
      vetting: random.pick(Vetting.values),
    };
    const label = `generated(${agency},${caller.vetting},${caller.roles.join('+')},${caller.regions.join('+') || 'no-region'})`;
    cases.push(withPurpose(label, caller, random.pick(Purpose.values)));
  }
  return cases;
}
