/** The synthetic calendar is shared with the population's custody plan (platform). */
export {
  addDays,
  addMonths,
  daysBetween,
  earlierOf,
  pickDateBetween,
  SNAPSHOT_DATE,
} from '@marsoc/platform';
