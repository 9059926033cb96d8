/**
 * The disclosure-request types every owner's desk returns (police, HMPPS,
 * APMIS for MARSOC, NCA/HMRC): the same types in each subgraph, as federation
 * needs a value type declared wherever it is returned, kept here once and
 * put in place of the `# @shared DISCLOSURE_REQUESTS_SDL` line of each
 * subgraph's schema.graphql by assembleSubgraphSdl.
 */
export const DISCLOSURE_REQUESTS_SDL = `# ---------------------------------------------------------------- Disclosure requests

# The ask before a grant (docs/policy-model.md#disclosure-requests; seed 000
# E629 "Dare to Share", E814): a caller asks an owner for one category of one
# nominal, and the owner's disclosure officer decides, naming a legal basis
# from the register's closed list. The records are MARSOC's record of the
# process; the register's marsoc-disclosure-requests rule opens their fields,
# and the request desk decides which requests a caller receives.

"How soon a request needs its answer; each has a deadline in the register."
enum DisclosureUrgency {
  ROUTINE
  "The answer is needed within days; say why."
  URGENT
  "A risk to someone's life or safety; say what."
  IMMEDIATE_RISK
}

"Where a request stands."
enum DisclosureRequestStatus {
  PENDING
  APPROVED
  "Approved in part: a grant at SUMMARY."
  PARTIALLY_APPROVED
  DECLINED
  WITHDRAWN
  "Left undecided past the owner's deadline; the requester may re-open it."
  EXPIRED
}

"A disclosure officer's answer to a request."
enum DisclosureDecision {
  "Grant the category in full."
  APPROVE
  "Grant its SUMMARY form only (never for HMRC, which does not summarise)."
  PARTIAL
  "Grant nothing, with a reason the requester reads."
  DECLINE
}

"What a caller submits to ask an owner for a case-specific disclosure."
input DisclosureRequestInput {
  "The agency asked (one this subgraph serves), never the caller's own."
  owner: String!
  "The nominal (NOM-...)."
  nominalId: ID!
  "A register category the owner holds here, e.g. TAX."
  category: String!
  urgency: DisclosureUrgency!
  "Required for URGENT and IMMEDIATE_RISK, at most 500 characters."
  urgencyReason: String
  "The request's own justification; the declared one when omitted."
  justification: String
  "One of the caller's regions; their only one when omitted."
  forRegion: String
  "The caller's unit when omitted."
  forUnit: String
  """
  The caller's retry key, 8-100 letters, digits or . _ : - (a UUID fits): the
  same key returns the first request, never a second.
  """
  clientRequestId: String!
}

"""
A request to an owner agency for a case-specific disclosure, as its requester
and the owner's disclosure officers see it. Shared by every owner's subgraph,
each serving the requests to its own agencies.
"""
type DisclosureRequest @shareable {
  "The request's id, as the decide, withdraw and re-open mutations take it."
  id: ID
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "The agency asked."
  owner: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "The nominal the request is about."
  nominalId: ID
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "The register category asked for, e.g. TAX."
  category: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "Where the request stands."
  status: DisclosureRequestStatus
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "How soon it needs an answer."
  urgency: DisclosureUrgency
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "Why it cannot wait; null for ROUTINE."
  urgencyReason: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "The purpose declared when it was raised; any grant is for it alone."
  purpose: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "Why the requester needs it (a re-opening replaces it)."
  justification: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "The requester's region a grant reaches unless widened."
  forRegion: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "The requester's unit a grant reaches unless widened."
  forUnit: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "The subject id of the requester."
  requestedBy: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "The requester's agency, the recipient of any grant."
  requesterAgency: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "The requester's own retry key."
  clientRequestId: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "When it was raised (ISO 8601, UTC)."
  raisedAt: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "When it last reached the owner: raised, or re-opened."
  pendingSince: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "The owner's deadline; undecided then, it expires."
  respondBy: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "When it was decided, withdrawn or expired; null while pending."
  closedAt: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "Who decided or withdrew it; null while pending or once expired."
  closedBy: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "The legal basis id an approval named (disclosureRequests.yaml)."
  legalBasis: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "A decline's reason, or a note with an approval: for the requester."
  reason: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "The grant an approval recorded."
  grantId: ID
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "FULL, or SUMMARY for an approval in part."
  grantLevel: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "When the grant stops applying."
  grantExpiresAt: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "The requester's regions the grant reaches."
  grantRegions: [String!]
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "The requester's units the grant reaches; null: every unit there."
  grantUnits: [String!]
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  """
  What happened to the request, oldest first: raised, decided, withdrawn,
  re-opened, expired; who and when. An expiry is shown from its deadline on.
  """
  history: [DisclosureRequestEvent!]
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
}

"One change to a disclosure request: what, when, and by whom."
type DisclosureRequestEvent @shareable {
  "RAISED, APPROVED, PARTIALLY_APPROVED, DECLINED, WITHDRAWN, EXPIRED or REOPENED."
  kind: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "When (ISO 8601, UTC); an expiry is at the deadline."
  at: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "The subject id of who made the change; null for an expiry."
  actor: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
  "A decline's reason, or a re-opening's justification."
  note: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL_SENSITIVE"
    )
}

"One legal basis an owner may approve a disclosure request under."
type DisclosureLegalBasis @shareable {
  "The id a decision names, e.g. hmrc-crca-s18-2-d."
  id: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL"
    )
  "The owner whose list it is on."
  owner: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL"
    )
  "The Act as cited, e.g. CRCA 2005, or Common law."
  statute: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL"
    )
  "The section, subsection or paragraph, e.g. s.18(2)(d)."
  provision: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL"
    )
  "What the gateway permits, in plain words."
  description: String
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL"
    )
  "The purposes a request may be approved for under it."
  purposes: [String!]
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL"
    )
  "The only requesting agencies it serves; null: any."
  recipients: [String!]
    @marking(
      owner: "MARSOC"
      category: "DISCLOSURE_REQUESTS"
      classification: "OFFICIAL"
    )
}

"One owner's request figures over a period: counts only (AGGREGATES)."
type DisclosureRequestFigureReport @shareable {
  "Every region's requests together."
  total: DisclosureRequestFigures
    @marking(
      owner: "MARSOC"
      category: "AGGREGATES"
      classification: "OFFICIAL"
    )
  "Each region requests were raised for, in order."
  byRegion: [DisclosureRequestFigures!]
    @marking(
      owner: "MARSOC"
      category: "AGGREGATES"
      classification: "OFFICIAL"
    )
}

"Counts of requests and their decisions in one region, or in all."
type DisclosureRequestFigures @shareable {
  "The region requests were raised for; null: every region."
  region: String
    @marking(
      owner: "MARSOC"
      category: "AGGREGATES"
      classification: "OFFICIAL"
    )
  "Requests raised in the period."
  raised: Int
    @marking(
      owner: "MARSOC"
      category: "AGGREGATES"
      classification: "OFFICIAL"
    )
  "Declined or expired requests re-opened in the period."
  reopened: Int
    @marking(
      owner: "MARSOC"
      category: "AGGREGATES"
      classification: "OFFICIAL"
    )
  "Approved, approved in part, or declined in the period."
  decided: Int
    @marking(
      owner: "MARSOC"
      category: "AGGREGATES"
      classification: "OFFICIAL"
    )
  approved: Int
    @marking(
      owner: "MARSOC"
      category: "AGGREGATES"
      classification: "OFFICIAL"
    )
  partiallyApproved: Int
    @marking(
      owner: "MARSOC"
      category: "AGGREGATES"
      classification: "OFFICIAL"
    )
  "Declined: the sharing issues not unblocked (seed 000 E814)."
  declined: Int
    @marking(
      owner: "MARSOC"
      category: "AGGREGATES"
      classification: "OFFICIAL"
    )
  withdrawn: Int
    @marking(
      owner: "MARSOC"
      category: "AGGREGATES"
      classification: "OFFICIAL"
    )
  "Left undecided past the owner's deadline."
  expired: Int
    @marking(
      owner: "MARSOC"
      category: "AGGREGATES"
      classification: "OFFICIAL"
    )
  "Median hours from reaching the owner to its decision."
  medianHoursToDecision: Float
    @marking(
      owner: "MARSOC"
      category: "AGGREGATES"
      classification: "OFFICIAL"
    )
  "90th percentile of the same, in hours."
  p90HoursToDecision: Float
    @marking(
      owner: "MARSOC"
      category: "AGGREGATES"
      classification: "OFFICIAL"
    )
  "Grants made from requests that released something in the period."
  grantsUsed: Int
    @marking(
      owner: "MARSOC"
      category: "AGGREGATES"
      classification: "OFFICIAL"
    )
}
`;
