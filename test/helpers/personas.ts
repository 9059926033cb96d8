import { loadPersonas } from '@marsoc/platform';
import { type Caller, type RequestPurpose } from '@marsoc/schema';

const personas = loadPersonas();

/** The caller of a development persona from platform/src/identity/personas.yaml. */
export function callerOf(handle: string): Caller {
  const persona = personas.get(handle);
  if (!persona) throw new Error(`no persona ${handle}`);
  return persona.caller;
}

export function purposeOf(
  purpose: RequestPurpose['purpose'],
  justification = 'Automated test of the nominal picture',
): RequestPurpose {
  return { purpose, justification };
}

/** A generated police analyst like the persona, but in the East Midlands hub. */
export const EAST_MIDLANDS_ANALYST: Caller = {
  ...callerOf('police-analyst'),
  sub: 'generated-police-analyst-east-midlands',
  unit: 'EMSOU',
  regions: ['EAST_MIDLANDS'],
};

/** A generated NCA disclosure officer (no persona holds the role). */
export const NCA_DISCLOSURE_OFFICER: Caller = {
  ...callerOf('hmrc-disclosure-officer'),
  sub: 'generated-nca-disclosure-officer',
  agency: 'NCA',
  unit: 'NCA Intelligence Directorate - Disclosure',
};
