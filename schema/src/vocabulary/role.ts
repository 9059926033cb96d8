import { createEnumeration } from './enumeration';

/** What a caller does; a caller may hold several. */
export const Role = createEnumeration('Role', [
  'ANALYST',
  'INTELLIGENCE_OFFICER',
  'OFFENDER_MANAGER',
  'SRO',
  'REGIONAL_LEAD',
  'DISCLOSURE_OFFICER',
  'AUDITOR',
] as const);
export type Role = (typeof Role.values)[number];
