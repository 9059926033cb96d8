import { type ObligationKind } from '../register/ObligationKind';
import { type Agency } from '../vocabulary/agency';
import { DisclosureLevel, rankDisclosure } from '../vocabulary/disclosure';
import { type DraftDecision } from './decisions';
import { type Obligation } from './types';

/**
 * Lowers a decision past any level its owner never releases at: HMRC data that
 * would be summarised is flagged instead, because identity can be deduced from a
 * summary (CRCA 2005 s.19).
 */
export function lowerToAllowedLevel(
  draft: DraftDecision,
  forbiddenLevels: readonly DisclosureLevel[],
): void {
  if (forbiddenLevels.length === 0) return;
  let rank = rankDisclosure(draft.level);
  while (
    rank > 0 &&
    forbiddenLevels.includes(DisclosureLevel.values[rank] ?? 'NCND')
  )
    rank -= 1;
  draft.level = DisclosureLevel.values[rank] ?? 'NCND';
}

export function toObligation(kind: ObligationKind, owner: Agency): Obligation {
  switch (kind) {
    case 'CONTACT_OWNER_BEFORE_ACTION':
      return { kind, owner };
    case 'SANITISE_SOURCE':
    case 'NO_ONWARD_DISSEMINATION':
      return { kind };
  }
}
