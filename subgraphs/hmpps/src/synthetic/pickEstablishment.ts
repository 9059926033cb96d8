/** Choosing establishments and categories is shared with the population (platform). */
export {
  pickPrisonEstablishment as pickEstablishment,
  pickReceptionPrison,
  pickSecurityCategory,
  receptionCategory,
  releaseCategory,
} from '@marsoc/platform';
