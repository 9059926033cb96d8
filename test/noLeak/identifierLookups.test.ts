import { describeGeneratedSuite } from './describeGeneratedSuite';
import { generateLookupCase } from './lookupCases';
import { generateSearchCase } from './searchCases';

describeGeneratedSuite(
  'root lookups by agency identifier and cross-agency search',
  {
    name: 'identifierLookups',
    seed: 'no-leak-lookups',
    generators: [
      [generateLookupCase, 3],
      [generateSearchCase, 2],
    ],
  },
);
