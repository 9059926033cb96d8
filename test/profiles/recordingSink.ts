/** The recording audit sink is the platform's test double; the profile tests import it from here. */
export {
  createRecordingSink,
  type RecordingSink,
} from '@marsoc/platform/testing';
