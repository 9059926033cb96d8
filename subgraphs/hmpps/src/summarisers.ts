import { type Summariser, type Summarisers } from '@marsoc/platform';
import { type Region } from '@marsoc/schema';
import { COMMUNITY, findCourtRegion } from './reference/courts';
import { findEstablishment } from './reference/establishments';
import { ADJUDICATION_CHARGES, OFFENCES } from './reference/offences';
import { REGION_NAMES } from './reference/regions';

/*
 * The SUMMARY forms of HMPPS scalars. A scalar with no entry here is withheld at
 * SUMMARY (fail closed): names, numbers (prison number, CRN, phone numbers),
 * free text (descriptions, licence wording, punishments, seizure locations),
 * the offender manager and team, the sentencing court and sentence length.
 */

/** Codes that are already coarse categories: the code is its own summary. */
const keepCode: Summariser = (value) => value;

/**
 * A date to its month (yyyy-mm). Month, not year, because partners plan around
 * releases and moves (release-triggered work: seed 003 A:213, A:316; seed 000
 * E567) and a year is too coarse to act on; the day is what an organised crime
 * group needs for a gate pick-up or a drop timed to a visit, so it stays with
 * HMPPS.
 */
const toMonth: Summariser = (value) =>
  typeof value === 'string' && /^\d{4}-\d{2}/.test(value)
    ? value.slice(0, 7)
    : null;

function describeRegion(
  kind: string,
  region: Region | undefined,
): string | null {
  return region === undefined ? null : `${kind} in ${REGION_NAMES[region]}`;
}

/** An establishment or court to the region it is in, so a location narrows to a region, not a wing. */
const toLocationRegion: Summariser = (value) => {
  if (typeof value !== 'string') return null;
  if (value === COMMUNITY) return COMMUNITY;
  const establishment = findEstablishment(value);
  if (establishment)
    return describeRegion('An establishment', establishment.region);
  return describeRegion('A court', findCourtRegion(value));
};

/** Free text from a closed list to its group; anything off the list is withheld. */
function toGroup(groups: Readonly<Record<string, string>>): Summariser {
  return (value) =>
    typeof value === 'string' && Object.hasOwn(groups, value)
      ? groups[value]
      : null;
}

export const summarisers: Summarisers = {
  'PrisonCustody.status': keepCode,
  'PrisonCustody.establishment': toLocationRegion,
  'PrisonCustody.establishmentRegion': keepCode,
  'PrisonCustody.securityCategory': keepCode,
  'PrisonCustody.receptionDate': toMonth,
  'PrisonCustody.earliestReleaseDate': toMonth,
  'PrisonCustody.licenceExpiryDate': toMonth,
  'PrisonSentence.offence': toGroup(OFFENCES),
  'PrisonSentence.sentenceDate': toMonth,
  'PrisonMovement.movementDate': toMonth,
  'PrisonMovement.fromLocation': toLocationRegion,
  'PrisonMovement.toLocation': toLocationRegion,
  'PrisonMovement.reason': keepCode,
  'PrisonAdjudication.adjudicationDate': toMonth,
  'PrisonAdjudication.establishment': toLocationRegion,
  'PrisonAdjudication.charge': toGroup(ADJUDICATION_CHARGES),
  'PrisonAdjudication.finding': keepCode,
  'PrisonSeizure.seizureDate': toMonth,
  'PrisonSeizure.itemType': keepCode,
  'PrisonSeizure.establishment': toLocationRegion,
  'PrisonVisit.visitDate': toMonth,
  'PrisonVisit.relationship': keepCode,
  'PrisonVisit.visitType': keepCode,
  'PrisonPhoneContact.relationship': keepCode,
  'PrisonPhoneContact.approved': keepCode,
  'ProbationSupervision.status': keepCode,
  'ProbationSupervision.probationRegion': keepCode,
  'ProbationSupervision.supervisionType': keepCode,
  'ProbationSupervision.startDate': toMonth,
  'ProbationSupervision.endDate': toMonth,
  'ProbationLicenceCondition.conditionType': keepCode,
  'ProbationRiskAssessment.mappaLevel': keepCode,
  'ProbationRiskAssessment.mappaCategory': keepCode,
  'ProbationRiskAssessment.roshLevel': keepCode,
  'ProbationRiskAssessment.assessedOn': toMonth,
};
