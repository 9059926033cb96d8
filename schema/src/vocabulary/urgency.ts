import { createEnumeration } from './enumeration';

/**
 * How soon a disclosure request needs its answer: ROUTINE, URGENT (a reason
 * is required) or IMMEDIATE_RISK (a risk to life or safety; a reason is
 * required). Each has its own deadline in the register (disclosureRequests.yaml).
 */
export const DisclosureUrgency = createEnumeration('DisclosureUrgency', [
  'ROUTINE',
  'URGENT',
  'IMMEDIATE_RISK',
] as const);
export type DisclosureUrgency = (typeof DisclosureUrgency.values)[number];
