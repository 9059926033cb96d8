import { type ThreatType } from '../apmisVocabulary';

/**
 * SOC threat areas by threat type. The London hub names serious violence, child
 * criminal exploitation, trafficking women and the drug trade in prisons
 * (seed 001 M139, M160); the rest are the usual national SOC threat areas.
 */
export const THREAT_AREAS: Readonly<Record<ThreatType, readonly string[]>> = {
  PRIORITY_INDIVIDUAL: [
    'Drug supply (county lines)',
    'Drug trade in prisons',
    'Firearms supply',
    'Serious violence',
    'Money laundering',
    'Organised acquisitive crime',
  ],
  OCG: [
    'Drug supply (Class A importation and distribution)',
    'Child criminal exploitation',
    'Modern slavery and human trafficking',
    'Organised immigration crime',
    'Fraud and economic crime',
  ],
  VULNERABILITY: [
    'Conveyancing of drugs and phones into prisons',
    'Corruption of prison staff',
    'Exploitation of young people by a supply line',
  ],
};
