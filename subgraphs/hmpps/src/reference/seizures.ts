import { type PrisonSeizedItemType } from '../repository/codes';

/** Where in a prison each kind of find is typically made; `{wing}` is filled in. */
export const SEIZURE_LOCATIONS: Readonly<
  Record<PrisonSeizedItemType, readonly string[]>
> = {
  MOBILE_PHONE: ['Cell, {wing} wing', 'Visits hall', 'Workshop 3'],
  SIM_CARD: ['Cell, {wing} wing', 'Mail room'],
  DRONE: [
    'Perimeter fence',
    'Exercise yard, {wing} wing',
    'Cell window, {wing} wing',
  ],
  DRUGS: ['Mail room', 'Visits hall', 'Cell, {wing} wing'],
  WEAPON: ['Cell, {wing} wing', 'Exercise yard, {wing} wing', 'Servery'],
};

/** Obviously synthetic descriptions of finds, by kind. */
export const SEIZURE_DESCRIPTIONS: Readonly<
  Record<PrisonSeizedItemType, readonly string[]>
> = {
  MOBILE_PHONE: [
    'Mini handset concealed in a mattress seam, found on a routine cell search.',
    'Smartphone wrapped in cling film inside a kettle base; sent for download.',
    'Handset recovered on an intelligence-led search; call data requested.',
  ],
  SIM_CARD: [
    'Three SIM cards hidden in a hollowed-out battery.',
    'SIM card concealed under the flap of an envelope.',
  ],
  DRONE: [
    'Drone intercepted over the perimeter carrying two handsets and suspected synthetic cannabinoids.',
    'Package dropped by drone at a cell window; tobacco, a handset and a charger recovered.',
  ],
  DRUGS: [
    'Paper sheets impregnated with suspected synthetic cannabinoids, received as legal mail.',
    'Wrap of suspected cannabis passed during a social visit.',
  ],
  WEAPON: [
    'Improvised bladed weapon made from a razor blade and a toothbrush.',
    'Sharpened metal bar hidden in a cell vent.',
  ],
};

export const WINGS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'K'] as const;
