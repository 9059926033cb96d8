import { type Random, type SyntheticNominal } from '@marsoc/platform';
import {
  type Agency,
  type Classification,
  type HandlingCode,
  type HandlingCondition,
} from '@marsoc/schema';

/** How a report may be shared: its 3x5x2 handling, originator and classification. */
export interface ReportHandling {
  originatorAgency: Agency;
  handlingCode: HandlingCode;
  handlingConditions: readonly HandlingCondition[];
  consentedAgencies: readonly Agency[];
  classification: Classification;
}

/** Who an originator has agreed may receive a consent-required record, if anyone yet. */
const CONSENTS: readonly (readonly Agency[])[] = [
  [],
  ['POLICE'],
  ['POLICE', 'MARSOC'],
];

/** Handling C always records its conditions (docs/policy-model.md#intelligence-grading). */
function pickConditions(
  random: Random,
  originator: Agency,
): HandlingCondition[] {
  const roll = random.next();
  if (originator === 'HMPPS' && roll < 0.6)
    return [{ kind: 'ORIGINATOR_CONSENT_REQUIRED' }];
  if (roll < 0.4) return [{ kind: 'SANITISE_SOURCE' }];
  if (roll < 0.7)
    return [{ kind: 'RESTRICT_TO_AGENCIES', agencies: ['POLICE', 'HMPPS'] }];
  if (roll < 0.9) return [{ kind: 'NO_ONWARD_DISSEMINATION' }];
  return [{ kind: 'ORIGINATOR_CONSENT_REQUIRED' }];
}

/**
 * A report's handling: about a third are handling code C, about one in seven
 * SECRET, and prison intelligence (originated by HMPPS) is likelier for someone
 * with a prison history.
 */
export function pickReportHandling(
  random: Random,
  nominal: SyntheticNominal,
): ReportHandling {
  const fromPrison = nominal.prisonNumber !== null && random.chance(0.35);
  const originatorAgency: Agency = fromPrison ? 'HMPPS' : 'POLICE';
  const handlingConditions = random.chance(0.35)
    ? pickConditions(random, originatorAgency)
    : [];
  const needsConsent = handlingConditions.some(
    (condition) => condition.kind === 'ORIGINATOR_CONSENT_REQUIRED',
  );
  return {
    originatorAgency,
    handlingCode: handlingConditions.length > 0 ? 'C' : 'P',
    handlingConditions,
    consentedAgencies: needsConsent ? random.pick(CONSENTS) : [],
    classification: random.chance(0.15) ? 'SECRET' : 'OFFICIAL_SENSITIVE',
  };
}
