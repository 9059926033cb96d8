import { type Summarisers } from '@marsoc/platform';

/** A date reduced to its year. */
function summariseToYear(value: unknown): unknown {
  return typeof value === 'string' ? value.slice(0, 4) : null;
}

/** Coarse enough that its full form is its summary. */
function keepAsIs(value: unknown): unknown {
  return value;
}

/**
 * SUMMARY forms, by coordinate. There are deliberately none for HMRC: CRCA 2005
 * s.19 makes disclosing anything from which a person's identity "can be
 * deduced" an offence, so HMRC information is never summarised; with no
 * summariser, the enforcement withholds an HMRC scalar asked for at SUMMARY.
 * NCA references, group names, SARs and covert interests have none either:
 * each identifies, or is itself the secret.
 */
export const summarisers: Summarisers = {
  'NcaOcgTiering.tier': keepAsIs,
  'NcaOcgTiering.threatArea': keepAsIs,
  'NcaOcgTiering.nationalPriority': keepAsIs,
  'NcaOcgTiering.assessedOn': summariseToYear,
  'NcaDeconfliction.contactBeforeAction': keepAsIs,
  'NcaDeconfliction.route': keepAsIs,
};
