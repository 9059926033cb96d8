import { type RecordMarking } from '@marsoc/schema';

/**
 * The record marking a find referred to the HMPPS Counter-Corruption Unit
 * carries: SECRET, handling code C, to be shared only with HMPPS's consent as
 * originator. Nominating agencies were unaware of such operations (seed 000
 * E470), and telling the wrong reader could alert a corrupt member of staff.
 */
export function createCounterCorruptionMarking(): RecordMarking {
  return {
    classification: 'SECRET',
    handling: 'C',
    originator: 'HMPPS',
    conditions: [
      { kind: 'ORIGINATOR_CONSENT_REQUIRED' },
      { kind: 'NO_ONWARD_DISSEMINATION' },
    ],
    consentedAgencies: [],
  };
}
