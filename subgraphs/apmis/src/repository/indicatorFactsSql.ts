import { type StoreDialect } from '@marsoc/platform/store';
import { type IndicatorName } from '../reporting/indicatorCatalog';

/**
 * One SELECT per Performance Framework indicator (seed 000 Table B1,
 * E771-E829), each grouped to its finest grain: region, cycle, agency and
 * breakdown codes with counts, never a row, id, name or free text. `until` is
 * the cycle a cohort membership ended in (COHORT_SIZE only).
 *
 * What a caller may be kept from never counts: a covert agenda item
 * (docs/marsoc-cycle.md#covert-agenda-items) and a transfer awaiting the
 * receiving region (only the two regions learn of it) are not read at all; a
 * disruption recorded through the gateway counts only once moderated onto
 * APMIS, never while it waits or after it was rejected (only its own region
 * reads those); requests count only once decided.
 *
 * The same SQL runs on SQLite and on PostgreSQL: a conditional count is
 * `count(*) FILTER (WHERE …)` (PostgreSQL sums no boolean), and the one
 * JSON function is worded for each.
 */
/** How many rows of the group meet `condition`: the same on either dialect. */
export const countWhere = (condition: string) =>
  `count(*) FILTER (WHERE ${condition})`;

const COLUMNS = (
  region: string,
  cycle: string,
  agency: string,
  breakdown = 'NULL',
) =>
  `${region} AS region, ${cycle} AS cycle, ${agency} AS agency, ${breakdown} AS breakdown`;

const DECIDED_NOMINATIONS = (decision: string) => `
  SELECT ${COLUMNS('region', 'cycle_nominated', 'nominating_agency')},
    ${countWhere(`forum_decision = '${decision}'`)} AS value, count(*) AS denominator, NULL AS until
  FROM cohort_nomination WHERE forum_decision IS NOT NULL GROUP BY 1, 2, 3`;

const CURRENT_COHORT = (lacking: string) => `
  SELECT ${COLUMNS('region', 'coalesce(cycle_decided, cycle_nominated)', 'lead_agency')},
    ${countWhere(lacking)} AS value, count(*) AS denominator, NULL AS until
  FROM cohort_nomination WHERE status = 'SELECTED' GROUP BY 1, 2, 3`;

const ATTENDANCE = (kind: 'PSF' | 'TPM') => `
  SELECT ${COLUMNS('m.region', 'm.cycle', 'p.agency')},
    ${countWhere("p.attendance IN ('PRESENT', 'SILENT_ATTENDEE')")} AS value,
    count(*) AS denominator, NULL AS until
  FROM meeting_member p JOIN meeting m ON m.id = p.meeting_id
  WHERE m.kind = '${kind}' AND p.is_chair = 0 AND p.attendance IS NOT NULL
  GROUP BY 1, 2, 3`;

const DESELECTED = (breakdown: string) => `
  SELECT ${COLUMNS('region', 'cycle_deselected', 'lead_agency', breakdown)},
    count(*) AS value, NULL AS denominator, NULL AS until
  FROM cohort_nomination WHERE cycle_deselected IS NOT NULL GROUP BY 1, 2, 3, 4`;

/** A JSON list column's length, as each dialect words it. */
const JSON_LENGTH: Readonly<Record<StoreDialect, (column: string) => string>> =
  {
    sqlite: (column) => `json_array_length(${column})`,
    postgres: (column) => `jsonb_array_length(${column}::jsonb)`,
  };

const unorderedFactsSql = (
  dialect: StoreDialect,
): Readonly<Record<IndicatorName, string>> => ({
  // E777
  NOMINATIONS_MADE: `
    SELECT ${COLUMNS('region', 'cycle_nominated', 'nominating_agency')},
      count(*) AS value, NULL AS denominator, NULL AS until
    FROM cohort_nomination GROUP BY 1, 2, 3`,
  // E799
  NOMINATIONS_SUCCESSFUL: DECIDED_NOMINATIONS('ACCEPT'),
  // E800, E804
  NOMINATIONS_UNSUCCESSFUL: DECIDED_NOMINATIONS('DECLINE'),
  // E794: selected (still on, deselected or exited), until the deselection's cycle.
  COHORT_SIZE: `
    SELECT ${COLUMNS('region', 'coalesce(cycle_decided, cycle_nominated)', 'lead_agency')},
      count(*) AS value, NULL AS denominator, cycle_deselected AS until
    FROM cohort_nomination WHERE status IN ('SELECTED', 'DESELECTED', 'EXITED')
    GROUP BY 1, 2, 3, 7`,
  // E799
  NOMINALS_WITHOUT_SRO: CURRENT_COHORT(
    "coalesce(trim(senior_responsible_officer), '') = ''",
  ),
  // E799
  NOMINALS_WITHOUT_SUPPORTING_PARTNERS: CURRENT_COHORT(
    `${JSON_LENGTH[dialect]('supporting_agencies')} = 0`,
  ),
  // E794
  PSF_ATTENDANCE: ATTENDANCE('PSF'),
  // E807
  TPM_ATTENDANCE: ATTENDANCE('TPM'),
  // E814: the TPM's cycle where the action was agreed at one.
  TASKING_REQUESTS_REJECTED: `
    SELECT ${COLUMNS('n.region', 'm.cycle', 'a.owning_agency')},
      ${countWhere("a.status = 'REJECTED'")} AS value, count(*) AS denominator, NULL AS until
    FROM cohort_tpm_action a JOIN cohort_nomination n ON n.id = a.nomination_id
      LEFT JOIN cohort_tpm_assignment t ON t.action_id = a.id
      LEFT JOIN meeting m ON m.id = t.meeting_id
    GROUP BY 1, 2, 3`,
  // E815: in the region of the nominal's master-list entry.
  INTELLIGENCE_SHARED: `
    SELECT ${COLUMNS('n.region', 'NULL', 'g.recipient')},
      count(*) AS value, NULL AS denominator, NULL AS until
    FROM disclosure_grants g LEFT JOIN apmis_nominal n ON n.nominal_id = g.nominal_id
    WHERE g.owner = 'MARSOC' GROUP BY 1, 3`,
  // E815
  INTELLIGENCE_SHARING_ISSUES_UNBLOCKED: `
    SELECT ${COLUMNS('for_region', 'NULL', 'requester_agency')},
      ${countWhere("status IN ('APPROVED', 'PARTIALLY_APPROVED')")} AS value,
      count(*) AS denominator, NULL AS until
    FROM disclosure_requests
    WHERE owner = 'MARSOC' AND status IN ('APPROVED', 'PARTIALLY_APPROVED', 'DECLINED')
    GROUP BY 1, 3`,
  // E816, E545-E549: in the region of the nominal's master-list entry.
  DISRUPTIONS: `
    SELECT ${COLUMNS('n.region', 'NULL', 'd.recording_agency')},
      count(*) AS value, NULL AS denominator, NULL AS until
    FROM apmis_disruption d JOIN apmis_nominal n ON n.nominal_id = d.nominal_id
    WHERE d.marsoc_flag = 1 GROUP BY 1, 3`,
  // E820
  DISRUPTIONS_MODERATED: `
    SELECT ${COLUMNS('region', 'NULL', 'recording_agency')},
      count(*) AS value, NULL AS denominator, NULL AS until
    FROM disruption_record WHERE status = 'MODERATED' GROUP BY 1, 3`,
  // E822, E824
  DESELECTIONS: DESELECTED('NULL'),
  // E822, E824
  DESELECTION_REASONS: DESELECTED(
    "coalesce(deselection_reason, 'NOT_RECORDED')",
  ),
});

/**
 * Facts in one order on either dialect, by every key (SQLite puts nulls
 * first, PostgreSQL last unless told).
 */
const IN_KEY_ORDER =
  'ORDER BY 1 NULLS FIRST, 2 NULLS FIRST, 3 NULLS FIRST, 4 NULLS FIRST, 7 NULLS FIRST';

/** Each indicator's SELECT on `dialect`, in key order. */
export const indicatorFactsSql = (
  dialect: StoreDialect,
): Readonly<Record<IndicatorName, string>> =>
  Object.fromEntries(
    Object.entries(unorderedFactsSql(dialect)).map(([name, select]) => [
      name,
      `${select} ${IN_KEY_ORDER}`,
    ]),
  ) as Record<IndicatorName, string>;
