import { type Classification } from './classification';
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
 * The highest classification each level gives regular access to
 * (standards-and-security.md §1.2). Occasional higher access needs an explicit,
 * audited authorisation and is not granted by vetting alone.
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
