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
