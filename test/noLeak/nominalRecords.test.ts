import { describeGeneratedSuite } from './describeGeneratedSuite';
import { generateNominalCase, generateNominalsCase } from './nominalCases';

describeGeneratedSuite(
  'nominal(id:) and nominals(ids:) over every field of the record',
  {
    name: 'nominalRecords',
    seed: 'no-leak-records',
    generators: [
      [generateNominalCase, 3],
      [generateNominalsCase, 1],
    ],
  },
);
