import {
  createPopulation,
  createRandom,
  readNameKeys,
  type SyntheticNominal,
} from '@marsoc/platform';
import { type SqliteDatabase } from '@marsoc/platform/store';
import {
  type ApmisDisruptionRow,
  type ApmisNominalRow,
  type ApmisSocThreatRow,
} from './ApmisRepository';
import {
  createSeededNomination,
  MIGRATED_ACTOR,
  type SeededNomination,
} from '../synthetic/createSeededNomination';
import {
  createCohortAssignment,
  pickNominationsWithoutSro,
} from '../synthetic/createCohortAssignment';
import { createDisruptions } from '../synthetic/createDisruptions';
import { createNominalRecord } from '../synthetic/createNominalRecord';
import { createRecentDisruptions } from '../synthetic/createRecentDisruptions';
import { findCycleDate } from '../synthetic/dates';
import { createSocThreats } from '../synthetic/createSocThreats';
import { planMarsocDisruptions } from '../synthetic/planMarsocDisruptions';

export interface SeedOptions {
  seed: string;
  /** Population size; at least the 129 nominations. */
  size: number;
}

/**
 * Fills an empty APMIS store from the shared synthetic population: every nominal
 * on the master list with its SOC threats, the nominations as the population has
 * them, the disruptions (with those since the Early Adopter Phase) and the
 * names as search keys. Each nominal's records come from its own seed
 * stream, so they do not change with the population size. Runs inside the
 * caller's transaction (openSubgraphDatabase) with prepared statements.
 */
export function seedApmis(
  database: SqliteDatabase,
  options: SeedOptions,
): void {
  const population = createPopulation(options);
  const plan = planMarsocDisruptions(population, options.seed);
  const withoutSro = pickNominationsWithoutSro(population, options.seed);
  const insert = prepareInserts(database);
  for (const nominal of population) {
    // One stream per nominal, drawn in a fixed order: entry, threats, disruptions.
    const random = createRandom(`${options.seed}:apmis:${nominal.id}`);
    insert.nominal(createNominalRecord(nominal, random));
    for (const threat of createSocThreats(nominal, random))
      insert.threat(threat);
    const disruptions = createDisruptions(
      nominal,
      plan.get(nominal.id) ?? [],
      random,
    );
    for (const disruption of disruptions) insert.disruption(disruption);
    const recent = createRecentDisruptions(
      nominal,
      createRandom(`${options.seed}:apmis:recent:${nominal.id}`),
      disruptions.length,
    );
    for (const disruption of recent) insert.disruption(disruption);
    insert.searchName(nominal);
    const nomination = createSeededNomination(
      nominal,
      createCohortAssignment(
        nominal,
        createRandom(`${options.seed}:apmis:assignment:${nominal.id}`),
        withoutSro,
      ),
    );
    if (nomination !== null) insert.nomination(nomination);
  }
}

interface Inserts {
  nominal(row: ApmisNominalRow): void;
  threat(row: ApmisSocThreatRow): void;
  disruption(row: ApmisDisruptionRow): void;
  nomination(row: SeededNomination): void;
  searchName(nominal: SyntheticNominal): void;
}

function prepareInserts(database: SqliteDatabase): Inserts {
  const nominal = database.prepare(
    `INSERT INTO apmis_nominal (nominal_id, apmis_reference, recorded_name, date_of_birth, region, owning_unit)
     VALUES (@nominalId, @apmisReference, @name, @dateOfBirth, @region, @owningUnit)`,
  );
  const threat = database.prepare(
    `INSERT INTO apmis_soc_threat (id, nominal_id, threat_type, threat_area, morile_score, morile_confidence,
       tier, moderation_status, owning_unit, phase, assessed_on)
     VALUES (@id, @nominalId, @threatType, @threatArea, @morileScore, @morileConfidence,
       @tier, @moderationStatus, @owningUnit, @phase, @assessedOn)`,
  );
  const disruption = database.prepare(
    `INSERT INTO apmis_disruption (id, nominal_id, disrupted_on, lead_agency, supporting_agencies,
       recording_agency, four_p, assessment, description, marsoc_flag, arrests)
     VALUES (@id, @nominalId, @date, @leadAgency, @supportingAgencies,
       @recordingAgency, @fourP, @assessment, @description, @marsocFlag, @arrests)`,
  );
  const nomination = database.prepare(
    `INSERT INTO cohort_nomination (nominal_id, status, region, nominating_agency,
       supervision_at_nomination, cycle_nominated, nominated_on, forum_decision, cycle_decided,
       cycle_deselected, senior_responsible_officer, lead_agency, supporting_agencies,
       strategic_objectives, deselection_reason, deselection_rationale)
     VALUES (@nominalId, @status, @region, @nominatingAgency, @supervisionAtNomination,
       @cycleNominated, @nominatedOn, @forumDecision, @cycleDecided, @cycleDeselected,
       @seniorResponsibleOfficer, @leadAgency, @supportingAgencies, @strategicObjectives,
       @deselectionReason, @deselectionRationale)`,
  );
  const fourPPlan = database.prepare(
    `INSERT INTO cohort_four_p_plan (nomination_id, nominal_id, pursue, prevent, protect, prepare,
       updated_at, updated_by)
     VALUES (@nominationId, @nominalId, @pursue, @prevent, @protect, @prepare, @updatedAt,
       '${MIGRATED_ACTOR}')`,
  );
  const event = database.prepare(
    `INSERT INTO cohort_event (nomination_id, nominal_id, transition, from_status, to_status,
       actor_sub, actor_agency, occurred_at, cycle, detail)
     VALUES (@nominationId, @nominalId, @transition, @fromStatus, @toStatus, '${MIGRATED_ACTOR}',
       @actorAgency, @occurredAt, @cycle, @detail)`,
  );
  const searchName = database.prepare(
    `INSERT INTO apmis_search_name (nominal_id, forename_key, surname_key)
     VALUES (@nominalId, @forename, @surname)`,
  );
  return {
    nominal: (row) => nominal.run(row),
    searchName: ({ id, forename, surname }) => {
      const keys = readNameKeys(`${forename} ${surname}`);
      if (keys) searchName.run({ nominalId: id, ...keys });
    },
    threat: (row) => threat.run(row),
    disruption: (row) =>
      disruption.run({
        ...row,
        supportingAgencies: JSON.stringify(row.supportingAgencies),
        marsocFlag: row.marsocFlag ? 1 : 0,
      }),
    nomination: ({ events, assignment, ...row }) => {
      const { plan, supportingAgencies, strategicObjectives, ...assigned } =
        assignment;
      const nominationId = nomination.run({
        ...row,
        ...assigned,
        supportingAgencies: JSON.stringify(supportingAgencies),
        strategicObjectives: JSON.stringify(strategicObjectives),
      }).lastInsertRowid;
      if (plan !== null)
        fourPPlan.run({
          nominationId,
          nominalId: row.nominalId,
          pursue: JSON.stringify(plan.pursue),
          prevent: JSON.stringify(plan.prevent),
          protect: JSON.stringify(plan.protect),
          prepare: JSON.stringify(plan.prepare),
          updatedAt: `${findCycleDate(row.cycleDecided ?? row.cycleNominated)}T12:00:00.000Z`,
        });
      for (const seeded of events)
        event.run({ ...seeded, nominationId, nominalId: row.nominalId });
    },
  };
}
