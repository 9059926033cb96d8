import { type Summariser, type Summarisers } from '@marsoc/platform';
import { SanitisedText } from './SanitisedText';

/** Codes and categories that say what kind of thing is held, not who or where. */
const keep: Summariser = (value) => value;

/** A date reduced to its year: enough to judge currency, too little to match an event. */
const toYear: Summariser = (value) =>
  typeof value === 'string' && /^\d{4}-/.test(value) ? value.slice(0, 4) : null;

/** "62 Campion Close, Mockbury, QL11 3TO" becomes "Mockbury, QL11": the area, never the door. */
const toTownAndDistrict: Summariser = (value) => {
  if (typeof value !== 'string') return null;
  const match = /^[^,]+, ([^,]+), ([A-Z0-9]+) [A-Z0-9]+$/.exec(value);
  return match ? `${match[1]}, ${match[2]}` : null;
};

/** The originator's sanitised summary in place of the report; nothing if none was written. */
const toSanitisedSummary: Summariser = (value) =>
  value instanceof SanitisedText ? value.summary : null;

/**
 * The SUMMARY form of each police field that has one. Any scalar field not
 * listed here (names, identifiers, references, free text, source details) is
 * withheld at SUMMARY by the shared enforcement: fail closed.
 */
export const policeSummarisers: Summarisers = {
  'PoliceIdentity.dateOfBirth': toYear,
  'PoliceIdentity.gender': keep,
  'PoliceIdentity.nationality': keep,
  'PoliceAlias.type': keep,
  'PoliceWarningMarker.code': keep,
  'PoliceWarningMarker.dateAdded': toYear,
  'PoliceArrest.arrestedOn': toYear,
  'PoliceArrest.offenceCategory': keep,
  'PoliceArrest.outcome': keep,
  'PoliceConviction.convictedOn': toYear,
  'PoliceConviction.offence': keep,
  'PoliceConviction.offenceCategory': keep,
  'PoliceConviction.disposal': keep,
  'PoliceIntelligenceReport.dateRecorded': toYear,
  'PoliceIntelligenceReport.sourceEvaluation': keep,
  'PoliceIntelligenceReport.intelligenceAssessment': keep,
  'PoliceIntelligenceReport.handlingCode': keep,
  'PoliceIntelligenceReport.originatorAgency': keep,
  'PoliceIntelligenceReport.classification': keep,
  'PoliceIntelligenceReport.text': toSanitisedSummary,
  'PoliceHandlingCondition.kind': keep,
  'PoliceOcgAffiliation.role': keep,
  'PoliceOcgAffiliation.band': keep,
  'PoliceOcgAffiliation.mappedOn': toYear,
  'PoliceOcgAffiliation.mappedBy': keep,
  'PoliceVehicle.make': keep,
  'PoliceVehicle.model': keep,
  'PoliceVehicle.linkType': keep,
  'PoliceVehicle.linkedFrom': toYear,
  'PoliceVehicle.linkedTo': toYear,
  'PoliceAddress.address': toTownAndDistrict,
  'PoliceAddress.type': keep,
  'PoliceAddress.fromDate': toYear,
  'PoliceAddress.toDate': toYear,
  'PoliceAssociateLink.linkType': keep,
  'PoliceAssociateLink.sourceAgency': keep,
  'PoliceAssociateLink.since': toYear,
};
