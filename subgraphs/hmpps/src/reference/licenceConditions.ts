import { type ProbationLicenceConditionType } from '../repository/codes';

/** Wording of each condition (licence) or requirement (order); `{place}` is filled in. */
export const LICENCE_CONDITION_WORDINGS: Readonly<
  Record<ProbationLicenceConditionType, string>
> = {
  NON_ASSOCIATION:
    'Not to associate with any person known to be a member of the organised crime group named by the police, without the prior approval of the supervising officer.',
  EXCLUSION_ZONE:
    'Not to enter the area of {place} shown on the map attached to this order without the prior approval of the supervising officer.',
  CURFEW:
    'To stay at the approved address between 19:00 and 07:00 daily, monitored by an electronic tag.',
  NO_CONTACT:
    'Not to contact, directly or indirectly, any victim of or witness to the index offence without the prior approval of the supervising officer.',
  RESIDENCE:
    'To live at an address approved by the supervising officer and to give notice of any change in advance.',
  DEVICE_RESTRICTION:
    'Not to possess more than one mobile phone or SIM card, and to give its number to the supervising officer.',
};
