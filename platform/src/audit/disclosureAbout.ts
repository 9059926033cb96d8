import { type AuditDisclosure } from './types';

/**
 * The nominals a recorded disclosure is about: its one `nominalId`, the
 * several of a grouped disclosure (`nominalIds`), or none for what belongs
 * to no single nominal (a cohort count).
 */
export function nominalsOfDisclosure(
  disclosure: AuditDisclosure,
): readonly string[] {
  if (disclosure.nominalIds !== undefined) return disclosure.nominalIds;
  return typeof disclosure.nominalId === 'string' ? [disclosure.nominalId] : [];
}

/**
 * What a recorded disclosure showed about one nominal, as if it had been
 * recorded for that nominal alone, or undefined if it is not about them. An
 * auditor reading one nominal's accesses sees that nominal's disclosures,
 * not the other cohort members a grouped disclosure names.
 */
export function disclosureAbout(
  disclosure: AuditDisclosure,
  nominalId: string,
): AuditDisclosure | undefined {
  if (disclosure.nominalIds === undefined)
    return disclosure.nominalId === nominalId ? disclosure : undefined;
  if (!disclosure.nominalIds.includes(nominalId)) return undefined;
  const alone: AuditDisclosure = { ...disclosure, nominalId };
  delete alone.nominalIds;
  return alone;
}
