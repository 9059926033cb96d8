import { type Recipient, type Register, type Rule } from '../register/types';
import { type Agency } from '../vocabulary/agency';
import { type DataCategory } from '../vocabulary/category';
import {
  type DisclosureLevel,
  isAgreementInForce,
} from '../vocabulary/disclosure';

/** Everything the register says about one (owner, category) pair a field can be marked with. */
export interface FieldSlot {
  owner: Agency;
  category: DataCategory;
  permits: readonly Rule[];
  forbids: readonly Rule[];
  route: string;
  forbiddenLevels: readonly DisclosureLevel[];
  /** Originators whose records this owner passes on only with their consent. */
  onwardConsentOf: readonly Agency[];
}

/**
 * The register arranged for deciding: rules grouped by the (owner, category) they
 * cover, and agreement status looked up by id, so that no decision scans the
 * whole register.
 */
export interface RegisterIndex {
  register: Register;
  /** The slot for a marking, or undefined when the register does not know the pair. */
  slotFor(owner: Agency, category: DataCategory): FieldSlot | undefined;
  isInForce(agreementId: string): boolean;
}

export function indexRegister(register: Register): RegisterIndex {
  const slots = new Map<Agency, Map<DataCategory, FieldSlot>>();
  for (const category of register.categories.values()) {
    for (const owner of category.owners) {
      const definition = register.owners.get(owner);
      if (!definition) continue;
      const rules = register.rules.filter(
        (rule) => rule.owner === owner && rule.categories.includes(category.id),
      );
      const byCategory = slots.get(owner) ?? new Map<DataCategory, FieldSlot>();
      byCategory.set(category.id, {
        owner,
        category: category.id,
        permits: rules.filter((rule) => rule.effect === 'permit'),
        forbids: rules.filter((rule) => rule.effect === 'forbid'),
        route: definition.route,
        forbiddenLevels: definition.forbiddenLevels,
        onwardConsentOf: definition.onwardConsentOf,
      });
      slots.set(owner, byCategory);
    }
  }
  const inForce = new Set(
    [...register.agreements.values()]
      .filter((agreement) => isAgreementInForce(agreement.status))
      .map((agreement) => agreement.id),
  );
  return {
    register,
    slotFor: (owner, category) => slots.get(owner)?.get(category),
    isInForce: (agreementId) => inForce.has(agreementId),
  };
}

/** Whether a recipient entry names the caller's agency (before roles and regions). */
export function namesAgency(recipient: Recipient, agency: Agency): boolean {
  if (recipient.agency === '*')
    return !(recipient.exceptAgencies ?? []).includes(agency);
  return recipient.agency === agency;
}
