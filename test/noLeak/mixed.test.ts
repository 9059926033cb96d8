import { describeGeneratedSuite } from './describeGeneratedSuite';
import { ALL_GENERATORS } from './runNoLeakCases';

describeGeneratedSuite('every kind of operation drawn together', {
  name: 'mixed',
  seed: 'no-leak-mixed',
  generators: ALL_GENERATORS,
});
