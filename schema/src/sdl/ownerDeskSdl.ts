/**
 * The disclosure desk of an owner whose subgraph serves one owning agency
 * (police, HMPPS, APMIS for MARSOC): the root fields that record and revoke
 * its case-specific disclosure grants and handle the requests for them, and
 * the grant types. Federation lets only one subgraph own a root field, so the
 * fields carry the owner's name and each desk is its own SDL; the text is kept
 * here once and put in place of a `# @shared OWNER_DESK_SDL(OWNER)` line by
 * assembleSubgraphSdl. (NCA/HMRC's desk serves two owners behind one
 * interface and keeps its own SDL.)
 */

/** What differs between one owner's desk and another's. */
export interface OwnerDesk {
  /** The owning agency as the register names it, e.g. HMPPS. */
  readonly owner: string;
  /** The system that holds the records disclosed (APMIS for MARSOC). */
  readonly holder: string;
  /** The owner's name in type names, e.g. Hmpps. */
  readonly typePrefix: string;
  /** The owner's name in field names and its register file, e.g. hmpps. */
  readonly fieldPrefix: string;
  /** A register category the owner owns, as the grant input's example. */
  readonly exampleCategory: string;
  /** The legal bases a grant may rest on, as the grant input describes them. */
  readonly grantLegalBases: string;
  /** `type Mutation`, or `extend type Mutation` where the subgraph declares it. */
  readonly mutationKeyword: 'type Mutation' | 'extend type Mutation';
}

/** The desks, by the owner a `# @shared OWNER_DESK_SDL(OWNER)` line names. */
export const OWNER_DESKS: Readonly<Record<string, OwnerDesk>> = {
  POLICE: {
    owner: 'POLICE',
    holder: 'POLICE',
    typePrefix: 'Police',
    fieldPrefix: 'police',
    exampleCategory: 'INTELLIGENCE',
    grantLegalBases:
      '  the common law policing purpose, DPA 2018 s.31, s.35 or Sch 8, or Crime and Courts Act 2013 s.7(1) to the NCA.',
    mutationKeyword: 'type Mutation',
  },
  HMPPS: {
    owner: 'HMPPS',
    holder: 'HMPPS',
    typePrefix: 'Hmpps',
    fieldPrefix: 'hmpps',
    exampleCategory: 'CUSTODY',
    grantLegalBases:
      '  Offender Management Act 2007 s.14, Criminal Justice Act 2003 s.325 (MAPPA), DPA 2018 s.31, s.35 or Sch 8, or Crime and Courts Act 2013 s.7(1) to the NCA.',
    mutationKeyword: 'type Mutation',
  },
  MARSOC: {
    owner: 'MARSOC',
    holder: 'APMIS',
    typePrefix: 'Marsoc',
    fieldPrefix: 'marsoc',
    exampleCategory: 'SOC_THREAT',
    grantLegalBases:
      '  DPA 2018 s.31, s.35 or Sch 8, Offender Management Act 2007 s.14, Crime and\n  Disorder Act 1998 s.115, or Crime and Courts Act 2013 s.7(1) to the NCA.',
    mutationKeyword: 'extend type Mutation',
  },
};

/** One owner's desk SDL. */
export function ownerDeskSdl(desk: OwnerDesk): string {
  const holding =
    desk.holder === desk.owner ? '' : ` of what ${desk.holder} holds`;
  const marking = `    @marking(
      owner: "${desk.owner}"
      category: "DISCLOSURE_GRANTS"
      classification: "OFFICIAL_SENSITIVE"
    )`;
  return `# ---------------------------------------------------------------- Disclosure desk

# The case-specific disclosures ${desk.owner} records${holding}
# ("Dare to Share", seed 000 E629; docs/policy-model.md#case-specific-disclosures)
# and the requests for them (docs/policy-model.md#disclosure-requests). Federation
# lets one subgraph own a root field, so the root fields carry ${desk.owner}'s
# name; the request types are shared, field for field, with every other
# owner's subgraph. Kept once in schema/src/sdl/ownerDeskSdl.ts.

extend type Query {
  """
  The disclosure grants ${desk.owner} recorded for a nominal, revoked and expired ones
  included. Only for a disclosure officer of ${desk.owner} (FORBIDDEN for anyone else,
  before anything is read).
  """
  ${desk.fieldPrefix}DisclosureGrants(nominalId: ID!): [${desk.typePrefix}DisclosureGrant!]
  """
  The requests to ${desk.owner} the caller may see, oldest first: those they raised,
  and, for a disclosure officer of ${desk.owner}, its queue. Nobody sees another's
  request. Optionally only one status; at most \`limit\` (1-500).
  """
  ${desk.fieldPrefix}DisclosureRequests(
    status: DisclosureRequestStatus
    limit: Int = 100
  ): [DisclosureRequest!]
  """
  The Performance Framework's figures for requests to ${desk.owner} raised for each
  region, over the days \`from\` to \`to\` (yyyy-mm-dd, both included, at most
  five years): counts and times only (AGGREGATES). A bad question is
  BAD_USER_INPUT.
  """
  ${desk.fieldPrefix}DisclosureRequestFigures(
    from: String!
    to: String!
    region: String
  ): DisclosureRequestFigureReport
  """
  The closed list of legal bases a disclosure officer of ${desk.owner} may approve a
  request under, in the register's order (disclosureRequests.yaml).
  """
  ${desk.fieldPrefix}DisclosureLegalBases: [DisclosureLegalBasis!]
}

${desk.mutationKeyword} {
  """
  Records a case-specific disclosure of ${desk.owner} data. Only for a disclosure
  officer of ${desk.owner} (FORBIDDEN otherwise); anything invalid is refused with
  BAD_USER_INPUT listing every problem, and nothing is stored.
  """
  record${desk.typePrefix}DisclosureGrant(
    input: ${desk.typePrefix}DisclosureGrantInput!
  ): ${desk.typePrefix}DisclosureGrant
  """
  Revokes a grant at once, with a reason. Only for a disclosure officer of
  ${desk.owner}; a grant is revoked once (INVALID_TRANSITION the second time).
  """
  revoke${desk.typePrefix}DisclosureGrant(id: ID!, reason: String!): ${desk.typePrefix}DisclosureGrant
  """
  Asks ${desk.owner} (input.owner "${desk.owner}") for a case-specific disclosure of one
  category of one nominal, for the purpose declared with this request. Only for
  a category the caller is shown as held, or withheld for a reason a grant can
  lift; a nominal ${desk.owner} does not hold, or a category it holds nothing of,
  gets the one BAD_USER_INPUT an NCND category would. What no grant can lift,
  or what is already released, is FORBIDDEN. A second pending request for the
  same nominal and category is BAD_USER_INPUT naming the first. Retrying with
  the same clientRequestId returns the first request. Audited as COLLECTION.
  """
  request${desk.typePrefix}Disclosure(input: DisclosureRequestInput!): DisclosureRequest
  """
  Decides a PENDING request in ${desk.owner}'s queue: only for a disclosure officer of
  ${desk.owner} (FORBIDDEN otherwise). APPROVE and PARTIAL name \`legalBasis\` from
  ${desk.owner}'s closed list (${desk.fieldPrefix}DisclosureLegalBases) and \`expiresAt\`; the grant
  is recorded with the decision, in one transaction, reaching the request's
  region and unit unless \`regions\`, \`units\` or \`allUnits\` widen it. DECLINE
  gives a \`reason\` the requester reads. A request already decided, withdrawn or
  expired is INVALID_TRANSITION, and nothing changes.
  """
  decide${desk.typePrefix}DisclosureRequest(
    id: ID!
    decision: DisclosureDecision!
    legalBasis: String
    expiresAt: String
    reason: String
    regions: [String!]
    units: [String!]
    allUnits: Boolean
  ): DisclosureRequest
  "Withdraws a PENDING request to ${desk.owner} the caller raised (INVALID_TRANSITION otherwise)."
  withdraw${desk.typePrefix}DisclosureRequest(id: ID!): DisclosureRequest
  """
  Re-opens a DECLINED or EXPIRED request to ${desk.owner} the caller raised, with a
  new justification and under the purpose it was raised for.
  """
  reopen${desk.typePrefix}DisclosureRequest(
    id: ID!
    justification: String!
  ): DisclosureRequest
}

"What a disclosure officer of ${desk.owner} submits to record a case-specific disclosure."
input ${desk.typePrefix}DisclosureGrantInput {
  "The nominal (NOM-...) ${desk.holder} holds a record of."
  nominalId: ID!
  "A register category ${desk.owner} owns, e.g. ${desk.exampleCategory}."
  category: String!
  "The agency to disclose to, not ${desk.owner} itself."
  recipient: String!
  "The purpose it may be used for; never PERFORMANCE_REPORTING or AUDIT."
  purpose: String!
  """
  The statute and section the disclosure rests on, at most 300 characters:
${desk.grantLegalBases}
  """
  legalBasis: String!
  "ISO 8601 date and time with a zone, in the future and at most a year ahead."
  expiresAt: String!
  """
  The recipient agency's regions the grant reaches; omitted: the disclosure
  officer's own regions, never the whole country by omission.
  """
  regions: [String!]
  "The recipient's units the grant reaches (at most 20); omitted: every unit in the regions."
  units: [String!]
}

"""
A case-specific disclosure of ${desk.owner} information. Only ${desk.owner}'s disclosure
officers read these (${desk.fieldPrefix}.yaml: ${desk.fieldPrefix}-disclosure-grants-own-officers).
"""
type ${desk.typePrefix}DisclosureGrant {
  "The grant's id, as the revoke mutation takes it."
  id: ID
${marking}
  "The owning agency that granted the disclosure."
  owner: String
${marking}
  "The nominal whose data is disclosed."
  nominalId: ID
${marking}
  "The data category disclosed (a register category the owner owns)."
  category: String
${marking}
  "The agency the data is disclosed to."
  recipient: String
${marking}
  "The purpose the recipient may use it for; no other purpose sees it."
  purpose: String
${marking}
  "The legal basis the disclosure rests on: statute and provision."
  legalBasis: String
${marking}
  "The subject id of the disclosure officer who recorded it."
  grantedBy: String
${marking}
  "When it was recorded (ISO 8601, UTC)."
  grantedAt: String
${marking}
  "When it stops applying (ISO 8601, UTC), at most a year after it was recorded."
  expiresAt: String
${marking}
  "When it was revoked; null while it has not been."
  revokedAt: String
${marking}
  "The subject id of the disclosure officer who revoked it."
  revokedBy: String
${marking}
  "Why it was revoked."
  revocationReason: String
${marking}
  """
  The recipient's regions the grant reaches; null on a grant recorded before
  grants were scoped, which reaches the recipient in every region.
  """
  regions: [String!]
${marking}
  "The recipient's units the grant reaches; null: every unit in the regions."
  units: [String!]
${marking}
  """
  FULL, or SUMMARY for a partial disclosure; null on a grant recorded before
  levels existed, which is FULL.
  """
  level: String
${marking}
}

`;
}
