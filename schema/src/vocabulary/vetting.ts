import { type Classification } from './classification';
import { type Clearance } from './clearance';
import { createEnumeration } from './enumeration';

/** Vetting levels, lowest first: police NPPV and national security vetting. */
export const Vetting = createEnumeration('Vetting', [
  'BPSS',
  'NPPV2',
  'NPPV3',
  'SC',
  'DV',
] as const);
export type Vetting = (typeof Vetting.values)[number];

/**
 * What each level gives regular access to (docs/classification.md#who-may-see-what).
 * BPSS supports access to OFFICIAL; the police vetting code asks NPPV2 for
 * police material up to OFFICIAL-SENSITIVE, so only NPPV2 and above clear the
 * SENSITIVE caveat. Occasional higher access needs an explicit, audited
 * authorisation and is not granted by vetting alone.
 */
export const VETTING_CLEARANCES: Readonly<Record<Vetting, Clearance>> = {
  BPSS: { tier: 'OFFICIAL', caveats: [] },
  NPPV2: { tier: 'OFFICIAL', caveats: ['SENSITIVE'] },
  NPPV3: { tier: 'SECRET', caveats: ['SENSITIVE'] },
  SC: { tier: 'SECRET', caveats: ['SENSITIVE'] },
  DV: { tier: 'TOP_SECRET', caveats: ['SENSITIVE'] },
};

/**
 * The highest marking each level reaches, written as a marking is (what `me`
 * tells a caller). Decisions use VETTING_CLEARANCES, never this.
 */
export const VETTING_GRANTS: Readonly<Record<Vetting, Classification>> = {
  BPSS: 'OFFICIAL',
  NPPV2: 'OFFICIAL_SENSITIVE',
  NPPV3: 'SECRET',
  SC: 'SECRET',
  DV: 'TOP_SECRET',
};

const rank = new Map(Vetting.values.map((value, index) => [value, index]));

/** True when `held` is at least `required`. */
export function isVettedTo(held: Vetting, required: Vetting): boolean {
  return (rank.get(held) ?? -1) >= (rank.get(required) ?? Infinity);
}
