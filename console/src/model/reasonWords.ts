/** Reason codes in words an analyst can act on. */
const REASON_WORDS: Readonly<Record<string, string>> = {
  NO_AGREEMENT: 'No information-sharing agreement covers your agency.',
  AGREEMENT_NOT_SIGNED:
    'The information-sharing agreement that would cover this is not yet signed.',
  VETTING_TOO_LOW: 'Your vetting level is too low for this information.',
  CLASSIFICATION_TOO_HIGH:
    'This information is classified above what your vetting gives you access to.',
  PURPOSE_NOT_PERMITTED:
    'The purpose you declared does not permit this information.',
  ROLE_NOT_PERMITTED: 'Your role does not permit this information.',
  REGION_NOT_PERMITTED: 'This information is limited to other regions.',
  HANDLING_CONDITION:
    'A handling condition set by the originator restricts this information.',
  ORIGINATOR_CONSENT_REQUIRED:
    'The originating agency must consent before this is shared.',
  AGGREGATES_ONLY: 'For this purpose only aggregate figures are released.',
  FORBIDDEN_BY_RULE: 'A rule in the sharing register forbids this release.',
  NO_PURPOSE: 'No purpose was declared for the request.',
  EVALUATION_ERROR:
    'The decision could not be made, so the information is withheld.',
};

export function describeReason(code: string): string {
  return REASON_WORDS[code] ?? `Withheld (${code}).`;
}
