import { type DeskHoldings } from '@marsoc/platform/disclosure-requests';

/**
 * Which police categories the force holds anything of for a nominal, each
 * read from the base table of the fields its `@marking` governs, all in one
 * statement (a request for any category costs the same reads).
 */
export const POLICE_HOLDINGS: DeskHoldings = {
  POLICE: {
    categories: {
      IDENTITY: ['police_nominal'],
      WARNING_MARKERS: ['police_warning_marker'],
      CONVICTIONS: ['police_conviction', 'police_arrest'],
      INTELLIGENCE: ['police_intelligence_report'],
      OCG_AFFILIATION: ['police_ocg_affiliation'],
      ASSOCIATES: [
        'police_intelligence_mention.nominal_id',
        'police_intelligence_mention.associate_id',
      ],
    },
  },
};
