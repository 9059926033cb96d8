import { describeGeneratedSuite } from './describeGeneratedSuite';
import {
  generateAccessesToCase,
  generateWholePictureCase,
} from './wholePictureCases';

describeGeneratedSuite(
  'the cohort, the change feeds of regions, performance aggregates and accessesTo',
  {
    name: 'manyNominals',
    seed: 'no-leak-many',
    generators: [
      [generateWholePictureCase, 1],
      [generateAccessesToCase, 1],
    ],
  },
);
