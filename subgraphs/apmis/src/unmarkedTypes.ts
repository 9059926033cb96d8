/**
 * Types that hold no agency data and so carry no @marking. CallerProfile (`me`)
 * echoes the caller's own verified claims and the purpose they gave for this
 * request back to them: nothing about any nominal, nothing any agency owns.
 */
export const UNMARKED_TYPES: readonly string[] = ['CallerProfile'];
