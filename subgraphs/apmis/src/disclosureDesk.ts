/**
 * MARSOC's own disclosures, served by APMIS (the store of what MARSOC holds):
 * only MARSOC grants and answers requests here, under root fields named for
 * it (requestMarsocDisclosure, marsocDisclosureRequests, ...). The police and
 * HMPPS fields APMIS declares for search are theirs to grant, in their own
 * subgraphs.
 */
export const MARSOC_DESK = { prefix: 'Marsoc', owner: 'MARSOC' } as const;
