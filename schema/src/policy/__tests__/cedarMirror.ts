import { type AuthorizationCall } from '@cedar-policy/cedar-wasm/nodejs';
import { type Caller, type RequestPurpose } from '../../caller';
import {
  ClassificationTier,
  readClassification,
  Vetting,
} from '../../vocabulary';
import { type FieldMarking } from '../types';

/**
 * A core subset of the shipped register written independently in Cedar, as a
 * reference oracle (docs/policy-model.md#how-the-engine-is-tested). Two actions:
 * seeExistence ("at least EXISTENCE") and seeFull ("FULL"). It mirrors the rules
 * while the MARSOC ISA is DRAFT and the police-HMPPS MoU is in force.
 */
const MARSOC_PURPOSE =
  '["COHORT_MANAGEMENT", "INTELLIGENCE_DEVELOPMENT", "OFFENDER_MANAGEMENT", "STAFF_SAFETY"].contains(context.purpose)';
const CLEARED = 'principal.vetting >= 1';
const BOTH = 'action in [Action::"seeExistence", Action::"seeFull"]';

export const CEDAR_POLICIES: Record<string, string> = {
  'own-agency': `permit (principal, action, resource) when {
    ${BOTH} && principal.agency == resource.owner && ${MARSOC_PURPOSE} };`,
  'police-hmpps-mou': `permit (principal, action, resource) when {
    ${BOTH} && ${CLEARED} && ${MARSOC_PURPOSE} &&
    ((resource.owner == "POLICE" && principal.agency == "HMPPS") ||
     (resource.owner == "HMPPS" && principal.agency == "POLICE")) };`,
  'hub-mou': `permit (principal, action, resource) when {
    ${BOTH} && ${CLEARED} && ${MARSOC_PURPOSE} && principal.agency == "MARSOC" &&
    ["POLICE", "HMPPS"].contains(resource.owner) &&
    principal.roles.containsAny(["REGIONAL_LEAD", "ANALYST", "INTELLIGENCE_OFFICER", "SRO"]) };`,
  'apmis-mou': `permit (principal, action, resource) when {
    ${BOTH} && ${CLEARED} && ${MARSOC_PURPOSE} && resource.owner == "MARSOC" &&
    ["POLICE", "HMPPS"].contains(principal.agency) };`,
  // Police to the NCA (Crime and Courts Act 2013 s.7(1)) and to HMRC (DPA 2018
  // Part 3, common law): statutory, no agreement needed.
  'police-to-nca-hmrc': `permit (principal, action, resource) when {
    ${BOTH} && ${CLEARED} && ${MARSOC_PURPOSE} && resource.owner == "POLICE" &&
    ["NCA", "HMRC"].contains(principal.agency) };`,
  // DWP is not here: its permit holds only per record (nominated in its region),
  // so no field opens to it by itself.
  'forum-identity-cohort': `permit (principal, action, resource) when {
    ${BOTH} && ${CLEARED} && ${MARSOC_PURPOSE} && ["NCA", "HMRC"].contains(principal.agency) &&
    ((resource.category == "IDENTITY" && ["HMPPS", "MARSOC"].contains(resource.owner)) ||
     (resource.category == "COHORT" && resource.owner == "MARSOC")) };`,
  // "Held" rests on a gateway for the purpose: HMRC's on CRCA 2005 s.18(2)(d),
  // criminal investigation only; the NCA's on s.7(4), a permitted purpose.
  'existence-only': `permit (principal, action == Action::"seeExistence", resource) when {
    ${CLEARED} && ${MARSOC_PURPOSE} && (
      (resource.owner == "HMPPS" && ["NCA", "HMRC"].contains(principal.agency) &&
        resource.category != "IDENTITY") ||
      (resource.owner == "NCA" && ["POLICE", "HMPPS", "HMRC", "MARSOC"].contains(principal.agency) &&
        ["COHORT_MANAGEMENT", "INTELLIGENCE_DEVELOPMENT"].contains(context.purpose)) ||
      (resource.owner == "HMRC" && ["POLICE", "HMPPS", "NCA", "MARSOC"].contains(principal.agency) &&
        context.purpose == "INTELLIGENCE_DEVELOPMENT") ||
      (resource.owner == "MARSOC" && ["NCA", "HMRC"].contains(principal.agency) &&
        ["SOC_THREAT", "DISRUPTION", "RISK"].contains(resource.category))) };`,
  aggregates: `permit (principal, action, resource) when {
    ${BOTH} && resource.category == "AGGREGATES" && principal.agency != "DWP" &&
    (${MARSOC_PURPOSE} || context.purpose == "PERFORMANCE_REPORTING") };`,
  'covert-ncnd': `forbid (principal, action, resource) when {
    resource.category == "NCA_COVERT_INTEREST" && principal.agency != "NCA" };`,
  'aggregates-only': `forbid (principal, action, resource) when {
    context.purpose == "PERFORMANCE_REPORTING" && resource.category != "AGGREGATES" };`,
  'audit-no-nominal-data': `forbid (principal, action, resource) when { context.purpose == "AUDIT" };`,
  'auditors-no-nominal-data': `forbid (principal, action, resource) when { principal.roles.contains("AUDITOR") };`,
  // Tier and caveat apart, as the engine judges them: OFFICIAL (0) for anyone,
  // SECRET (1) from NPPV3 (2), TOP_SECRET (2) at DV (4); the SENSITIVE caveat on
  // OFFICIAL from NPPV2 (1), the police vetting code's level for it.
  'classification-ceiling': `forbid (principal, action, resource) unless {
    (resource.tier == 0 ||
      (resource.tier == 1 && principal.vetting >= 2) ||
      (resource.tier == 2 && principal.vetting >= 4)) &&
    (!resource.sensitive || principal.vetting >= 1) };`,
};

/** The (owner, category) pairs the mirror covers. */
export const MIRRORED_PAIRS: readonly (readonly [
  FieldMarking['owner'],
  string,
])[] = [
  ['HMRC', 'TAX'],
  ['NCA', 'NCA_INTEREST'],
  ['NCA', 'NCA_COVERT_INTEREST'],
  ['POLICE', 'INTELLIGENCE'],
  ['POLICE', 'IDENTITY'],
  ['HMPPS', 'CUSTODY'],
  ['MARSOC', 'COHORT'],
  ['MARSOC', 'DISRUPTION'],
  ['MARSOC', 'AGGREGATES'],
];

/** The Cedar request for one caller, purpose, marking and action. */
export function buildCedarCall(
  caller: Caller,
  purpose: RequestPurpose,
  marking: FieldMarking,
  action: 'seeExistence' | 'seeFull',
): AuthorizationCall {
  return {
    principal: { type: 'User', id: 'caller' },
    action: { type: 'Action', id: action },
    resource: { type: 'Field', id: 'field' },
    context: { purpose: purpose.purpose },
    policies: { staticPolicies: CEDAR_POLICIES },
    entities: [
      {
        uid: { type: 'User', id: 'caller' },
        attrs: {
          agency: caller.agency,
          vetting: Vetting.values.indexOf(caller.vetting),
          roles: [...caller.roles],
        },
        parents: [],
      },
      {
        uid: { type: 'Field', id: 'field' },
        attrs: {
          owner: marking.owner,
          category: marking.category,
          tier: ClassificationTier.values.indexOf(
            readClassification(marking.classification).tier,
          ),
          sensitive: readClassification(
            marking.classification,
          ).caveats.includes('SENSITIVE'),
        },
        parents: [],
      },
    ],
  };
}
