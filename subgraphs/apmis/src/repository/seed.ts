import {
  createPopulation,
  createRandom,
  readNameKeys,
  type SyntheticNominal,
} from '@marsoc/platform';
import { type Kysely } from 'kysely';
import {
  advanceGeneratedKeys,
  createSeedWriter,
  type SeedWriter,
  type StoreDialect,
} from '@marsoc/platform/store';
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

/** Every table the seed writes, parents before children: the writer writes them in this order. */
export const SEEDED_TABLES = [
  'apmis_nominal',
  'apmis_soc_threat',
  'apmis_disruption',
  'apmis_search_name',
  'cohort_nomination',
  'cohort_four_p_plan',
  'cohort_event',
] as const;

/** The seeded tables whose keys later writes number: the seed numbers its own rows. */
const NUMBERED_TABLES = ['cohort_nomination', 'cohort_event'] as const;

/**
 * Fills an empty APMIS store from the shared synthetic population: every nominal
 * on the master list with its SOC threats, the nominations as the population has
 * them, the disruptions (with those since the Early Adopter Phase) and the
 * names as search keys. Each nominal's records come from its own seed
 * stream, so they do not change with the population size. Runs inside the
 * seeding transaction (openSubgraphStore), on either dialect, through the
 * seed writer; nominations and their events are numbered in the order they
 * are written, as SQLite's rowids numbered them when each was inserted alone.
 */
export async function seedApmis(
  db: Kysely<unknown>,
  dialect: StoreDialect,
  options: SeedOptions,
): Promise<void> {
  const population = createPopulation(options);
  const plan = planMarsocDisruptions(population, options.seed);
  const withoutSro = pickNominationsWithoutSro(population, options.seed);
  const writer = createSeedWriter(db, dialect, SEEDED_TABLES);
  const write = createRowWriters(writer);
  for (const nominal of population) {
    // One stream per nominal, drawn in a fixed order: entry, threats, disruptions.
    const random = createRandom(`${options.seed}:apmis:${nominal.id}`);
    await write.nominal(createNominalRecord(nominal, random));
    for (const threat of createSocThreats(nominal, random))
      await write.threat(threat);
    const disruptions = createDisruptions(
      nominal,
      plan.get(nominal.id) ?? [],
      random,
    );
    for (const disruption of disruptions) await write.disruption(disruption);
    const recent = createRecentDisruptions(
      nominal,
      createRandom(`${options.seed}:apmis:recent:${nominal.id}`),
      disruptions.length,
    );
    for (const disruption of recent) await write.disruption(disruption);
    await write.searchName(nominal);
    const nomination = createSeededNomination(
      nominal,
      createCohortAssignment(
        nominal,
        createRandom(`${options.seed}:apmis:assignment:${nominal.id}`),
        withoutSro,
      ),
    );
    if (nomination !== null) await write.nomination(nomination);
  }
  await writer.flush();
  await advanceGeneratedKeys(db, dialect, NUMBERED_TABLES);
}

interface RowWriters {
  nominal(row: ApmisNominalRow): Promise<void>;
  threat(row: ApmisSocThreatRow): Promise<void>;
  disruption(row: ApmisDisruptionRow): Promise<void>;
  nomination(row: SeededNomination): Promise<void>;
  searchName(nominal: SyntheticNominal): Promise<void>;
}

/** Each seeded record as its table's row, every row of a table with the same columns. */
function createRowWriters(writer: SeedWriter): RowWriters {
  let nominations = 0;
  let events = 0;
  return {
    nominal: (row) =>
      writer.add('apmis_nominal', {
        nominal_id: row.nominalId,
        apmis_reference: row.apmisReference,
        recorded_name: row.name,
        date_of_birth: row.dateOfBirth,
        region: row.region,
        owning_unit: row.owningUnit,
      }),
    threat: (row) =>
      writer.add('apmis_soc_threat', {
        id: row.id,
        nominal_id: row.nominalId,
        threat_type: row.threatType,
        threat_area: row.threatArea,
        morile_score: row.morileScore,
        morile_confidence: row.morileConfidence,
        tier: row.tier,
        moderation_status: row.moderationStatus,
        owning_unit: row.owningUnit,
        phase: row.phase,
        assessed_on: row.assessedOn,
      }),
    disruption: (row) =>
      writer.add('apmis_disruption', {
        id: row.id,
        nominal_id: row.nominalId,
        disrupted_on: row.date,
        lead_agency: row.leadAgency,
        supporting_agencies: JSON.stringify(row.supportingAgencies),
        recording_agency: row.recordingAgency,
        four_p: row.fourP,
        assessment: row.assessment,
        description: row.description,
        marsoc_flag: row.marsocFlag ? 1 : 0,
        arrests: row.arrests,
      }),
    searchName: async ({ id, forename, surname }) => {
      const keys = readNameKeys(`${forename} ${surname}`);
      if (keys)
        await writer.add('apmis_search_name', {
          nominal_id: id,
          forename_key: keys.forename,
          surname_key: keys.surname,
        });
    },
    nomination: async ({ events: history, assignment, ...row }) => {
      const { plan } = assignment;
      const nominationId = (nominations += 1);
      await writer.add('cohort_nomination', {
        id: nominationId,
        nominal_id: row.nominalId,
        status: row.status,
        region: row.region,
        nominating_agency: row.nominatingAgency,
        supervision_at_nomination: row.supervisionAtNomination,
        cycle_nominated: row.cycleNominated,
        nominated_on: row.nominatedOn,
        forum_decision: row.forumDecision,
        cycle_decided: row.cycleDecided,
        cycle_deselected: row.cycleDeselected,
        senior_responsible_officer: assignment.seniorResponsibleOfficer,
        lead_agency: assignment.leadAgency,
        supporting_agencies: JSON.stringify(assignment.supportingAgencies),
        strategic_objectives: JSON.stringify(assignment.strategicObjectives),
        deselection_reason: assignment.deselectionReason,
        deselection_rationale: assignment.deselectionRationale,
      });
      if (plan !== null)
        await writer.add('cohort_four_p_plan', {
          nomination_id: nominationId,
          nominal_id: row.nominalId,
          pursue: JSON.stringify(plan.pursue),
          prevent: JSON.stringify(plan.prevent),
          protect: JSON.stringify(plan.protect),
          prepare: JSON.stringify(plan.prepare),
          updated_at: `${findCycleDate(row.cycleDecided ?? row.cycleNominated)}T12:00:00.000Z`,
          updated_by: MIGRATED_ACTOR,
        });
      for (const seeded of history)
        await writer.add('cohort_event', {
          id: (events += 1),
          nomination_id: nominationId,
          nominal_id: row.nominalId,
          transition: seeded.transition,
          from_status: seeded.fromStatus,
          to_status: seeded.toStatus,
          actor_sub: MIGRATED_ACTOR,
          actor_agency: seeded.actorAgency,
          occurred_at: seeded.occurredAt,
          cycle: seeded.cycle,
          detail: seeded.detail,
        });
    },
  };
}
