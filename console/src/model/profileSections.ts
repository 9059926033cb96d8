import { type AgencyDisclosure, type FieldMarking } from '@marsoc/schema/wire';

/** One agency's part of the Subject Profile. */
export interface ProfileSection {
  owner: string;
  /** The nominal's fields this owner answers, with their values (never null). */
  fields: { name: string; value: unknown; marking: FieldMarking }[];
  disclosure: AgencyDisclosure | undefined;
}

// The order a Subject Profile reads in: the master list first, then police,
// prison and probation, then the two agencies whose data is most often held.
const OWNER_ORDER = ['MARSOC', 'POLICE', 'HMPPS', 'NCA', 'HMRC'];

/**
 * Groups the nominal's released top-level fields by owning agency, with each
 * owner's disclosure report. An owner appears when it released something or
 * reported a held or withheld category; what is neither confirmed nor denied
 * appears in neither, so it leaves no section and no gap.
 */
export function groupProfileSections(
  nominal: Record<string, unknown>,
  markings: Readonly<Record<string, FieldMarking>>,
  agencies: readonly AgencyDisclosure[],
): ProfileSection[] {
  const sections = new Map<string, ProfileSection>();
  const sectionFor = (owner: string): ProfileSection => {
    let section = sections.get(owner);
    if (!section) {
      section = {
        owner,
        fields: [],
        disclosure: agencies.find((agency) => agency.owner === owner),
      };
      sections.set(owner, section);
    }
    return section;
  };
  for (const [name, value] of Object.entries(nominal)) {
    const marking = markings[`Nominal.${name}`];
    if (!marking || value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    sectionFor(marking.owner).fields.push({ name, value, marking });
  }
  for (const agency of agencies) {
    if (
      agency.released.length +
        agency.summarised.length +
        agency.held.length +
        agency.withheld.length >
      0
    )
      sectionFor(agency.owner);
  }
  const rank = (owner: string): number => {
    const index = OWNER_ORDER.indexOf(owner);
    return index < 0 ? OWNER_ORDER.length : index;
  };
  return [...sections.values()].sort(
    (a, b) => rank(a.owner) - rank(b.owner) || a.owner.localeCompare(b.owner),
  );
}
