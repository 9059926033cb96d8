/**
 * The figures the seeded data must reproduce, from seed 000 (the MARSOC Early
 * Adopter evaluation). Tests count the generated data against these.
 */

/** Table 1, seed 000 E423–E432: the cohort funnel by meeting cycle C1–C6. */
export const COHORT_FUNNEL = {
  nominated: [40, 22, 17, 14, 12, 24],
  putForward: [32, 21, 16, 13, 9, 22],
  selected: [29, 18, 11, 12, 8, 19],
  deselected: [0, 4, 9, 13, 9, 20],
} as const;

/** Seed 000 E419: 129 nominations by supervision status and nominating agency. */
export const NOMINATIONS_BY_STATUS = {
  CUSTODY: 109,
  PROBATION: 16,
  NONE: 4,
} as const;

/**
 * Seed 000 E419: police 76, HMPPS 48; the remaining 5 are not attributed in the
 * source, so the synthetic data gives them to the NCA (3) and HMRC (2).
 */
export const NOMINATIONS_BY_AGENCY = {
  POLICE: 76,
  HMPPS: 48,
  NCA: 3,
  HMRC: 2,
} as const;

/** Seed 000 E545–E549: 307 MARSOC-tagged disruptions. */
export const DISRUPTIONS = {
  total: 307,
  byAssessment: { MINOR: 235, MODERATE: 46, MAJOR: 7, NO_IMPACT: 19 },
  byPursuitCategory: { PURSUE: 151, PREVENT: 123, PROTECT: 23, PREPARE: 10 },
  recordedByHmpps: 7,
  arrests: 41,
} as const;

export const TOTAL_NOMINATIONS = 129;
export const CURRENT_COHORT = 42;
