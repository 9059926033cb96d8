/**
 * The codes HMPPS records use. The GraphQL enums in schema.graphql carry the
 * same values (a test holds the two together), so the store, the seed and the
 * schema cannot drift apart.
 */

/** Where the nominal stands with the prison service. */
export const PRISON_CUSTODY_STATUSES = [
  'REMAND',
  'IN_CUSTODY',
  'RECALLED',
  'RELEASED_ON_LICENCE',
  'RELEASED',
] as const;
export type PrisonCustodyStatus = (typeof PRISON_CUSTODY_STATUSES)[number];

/** Categories A–D for adult men; restricted, closed and open for the women's estate. */
export const PRISON_SECURITY_CATEGORIES = [
  'CATEGORY_A',
  'CATEGORY_B',
  'CATEGORY_C',
  'CATEGORY_D',
  'RESTRICTED',
  'CLOSED',
  'OPEN',
] as const;
export type PrisonSecurityCategory =
  (typeof PRISON_SECURITY_CATEGORIES)[number];

export const PRISON_MOVEMENT_REASONS = [
  'ADMISSION',
  'COURT',
  'TRANSFER',
  'RELEASE',
  'RECALL',
] as const;
export type PrisonMovementReason = (typeof PRISON_MOVEMENT_REASONS)[number];

export const PRISON_ADJUDICATION_FINDINGS = [
  'PROVED',
  'NOT_PROVED',
  'DISMISSED',
  'REFERRED_TO_POLICE',
] as const;
export type PrisonAdjudicationFinding =
  (typeof PRISON_ADJUDICATION_FINDINGS)[number];

export const PRISON_SEIZED_ITEM_TYPES = [
  'MOBILE_PHONE',
  'SIM_CARD',
  'DRONE',
  'DRUGS',
  'WEAPON',
] as const;
export type PrisonSeizedItemType = (typeof PRISON_SEIZED_ITEM_TYPES)[number];

export const PRISON_VISIT_TYPES = [
  'SOCIAL',
  'CLOSED',
  'LEGAL',
  'OFFICIAL',
] as const;
export type PrisonVisitType = (typeof PRISON_VISIT_TYPES)[number];

/** Where the case is in the probation process. */
export const PROBATION_SUPERVISION_STATUSES = [
  'PRE_SENTENCE',
  'PRE_RELEASE',
  'ACTIVE',
  'RECALLED',
] as const;
export type ProbationSupervisionStatus =
  (typeof PROBATION_SUPERVISION_STATUSES)[number];

export const PROBATION_SUPERVISION_TYPES = [
  'LICENCE',
  'COMMUNITY_ORDER',
  'POST_SENTENCE_SUPERVISION',
] as const;
export type ProbationSupervisionType =
  (typeof PROBATION_SUPERVISION_TYPES)[number];

export const PROBATION_LICENCE_CONDITION_TYPES = [
  'NON_ASSOCIATION',
  'EXCLUSION_ZONE',
  'CURFEW',
  'NO_CONTACT',
  'RESIDENCE',
  'DEVICE_RESTRICTION',
] as const;
export type ProbationLicenceConditionType =
  (typeof PROBATION_LICENCE_CONDITION_TYPES)[number];

/** OASys risk of serious harm (RoSH) levels. */
export const PROBATION_ROSH_LEVELS = [
  'LOW',
  'MEDIUM',
  'HIGH',
  'VERY_HIGH',
] as const;
export type ProbationRoshLevel = (typeof PROBATION_ROSH_LEVELS)[number];

/** The GraphQL enum each list above is served as. */
export const HMPPS_ENUMS: Readonly<Record<string, readonly string[]>> = {
  PrisonCustodyStatus: PRISON_CUSTODY_STATUSES,
  PrisonSecurityCategory: PRISON_SECURITY_CATEGORIES,
  PrisonMovementReason: PRISON_MOVEMENT_REASONS,
  PrisonAdjudicationFinding: PRISON_ADJUDICATION_FINDINGS,
  PrisonSeizedItemType: PRISON_SEIZED_ITEM_TYPES,
  PrisonVisitType: PRISON_VISIT_TYPES,
  ProbationSupervisionStatus: PROBATION_SUPERVISION_STATUSES,
  ProbationSupervisionType: PROBATION_SUPERVISION_TYPES,
  ProbationLicenceConditionType: PROBATION_LICENCE_CONDITION_TYPES,
  ProbationRoshLevel: PROBATION_ROSH_LEVELS,
};
