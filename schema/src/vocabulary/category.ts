import { createEnumeration } from './enumeration';

/**
 * What a field holds. This is the base list (docs/policy-model.md#vocabulary); the register may
 * declare more (schema/register/categories.yaml), so code treats a category as a
 * string checked against the loaded register.
 */
export const BASE_CATEGORIES = [
  'IDENTITY',
  'WARNING_MARKERS',
  'CONVICTIONS',
  'INTELLIGENCE',
  'OCG_AFFILIATION',
  'ASSOCIATES',
  'CUSTODY',
  'MOVEMENTS',
  'PRISON_SECURITY',
  'CONTACTS',
  'PROBATION',
  'RISK',
  'TAX',
  'ASSETS',
  'FINANCIAL_INTELLIGENCE',
  'NCA_INTEREST',
  'NCA_COVERT_INTEREST',
  'SOC_THREAT',
  'DISRUPTION',
  'COHORT',
] as const;

export type DataCategory = string;

export const BaseCategory = createEnumeration('DataCategory', BASE_CATEGORIES);
