import { createRandom } from '@marsoc/platform';
import {
  Agency,
  type Caller,
  type DisclosureLevel,
  type FieldMarking,
  Purpose,
  rankDisclosure,
  Region,
  Role,
  Vetting,
} from '@marsoc/schema';
import { type ApmisRepository } from '../../repository/ApmisRepository';
import {
  acceptanceOf,
  daysFromToday,
  FRESH_NOMINAL,
  MUTATIONS,
  NOMINATOR,
  nominationOf,
  NORTH_WEST_LEAD,
  openCohortStore,
  SRO_MEMBER,
  TRANSFER_MUTATIONS,
} from '../../__tests__/cohortTestKit';
import { decideAtPsf } from '../../__tests__/forumTestKit';
import { createAlertHarness, noticeOf, REGISTER_POLICY } from './alertTestKit';

/**
 * Generated no-leak cases of alerts: many readers, each addressed as the SRO
 * (their token's name and unit are the SRO's) and some as Regional Leads,
 * with every agency, role, vetting and purpose the vocabulary allows. The
 * oracle is the policy engine over the register, asked for the reader
 * outside the subgraph: no alert, count or text may carry a nominal's cohort record,
 * HMPPS's movement or the disruption record the register withholds from
 * that reader.
 */
const CASES = 240;
const engine = REGISTER_POLICY;
const marking = (owner: string, category: string): FieldMarking => ({
  owner: owner as FieldMarking['owner'],
  category,
  classification: 'OFFICIAL_SENSITIVE',
});
const COHORT = marking('MARSOC', 'COHORT');
const MOVEMENTS = marking('HMPPS', 'MOVEMENTS');
const DISRUPTION = marking('MARSOC', 'DISRUPTION');

const INBOX = `{ alerts { id kind text region toRegion transferOutcome nominal { id }
  movement { movement movedOn fromEstablishment toEstablishment }
  disruptionRecord { id assessment description } } }`;

let repository: ApmisRepository;
let harness: ReturnType<typeof createAlertHarness>;

beforeAll(async () => {
  ({ repository } = await openCohortStore());
  harness = createAlertHarness(repository);
  const ok = (result: { errors?: unknown }) =>
    expect(result.errors).toBeUndefined();
  ok(
    await harness.run(NOMINATOR, MUTATIONS.nominate, {
      input: nominationOf(FRESH_NOMINAL),
    }),
  );
  ok(await decideAtPsf(harness.execute, acceptanceOf(FRESH_NOMINAL)));
  ok(
    await harness.notify(
      noticeOf(FRESH_NOMINAL, {
        movement: 'TRANSFER',
        fromEstablishment: 'HMP Altcourse',
        toEstablishment: 'HMP Frankland',
      }),
    ),
  );
  ok(
    await harness.run(
      NOMINATOR,
      `mutation ($input: DisruptionRecordInput!) { recordDisruption(input: $input) { id } }`,
      {
        input: {
          nominalId: FRESH_NOMINAL,
          date: daysFromToday(-2),
          leadAgency: 'POLICE',
          supportingAgencies: [],
          fourP: 'PURSUE',
          assessment: 'MAJOR',
          description: 'Seizure of a kilo of cocaine at the lock-up',
          arrests: 2,
          marsocFlag: true,
          clientRequestId: 'no-leak-disruption',
        },
      },
    ),
  );
  ok(
    await harness.run(NORTH_WEST_LEAD, TRANSFER_MUTATIONS.request, {
      input: {
        nominalId: FRESH_NOMINAL,
        toRegion: 'YORKSHIRE_AND_HUMBER',
        reason: 'Moving to the Yorkshire and the Humber hub',
        clientRequestId: 'no-leak-transfer',
      },
    }),
  );
});
afterAll(() => repository.close());

function generateReaders(count: number) {
  const random = createRandom('alerts-no-leak');
  return Array.from({ length: count }, (_, index) => {
    const roles = random.shuffle(Role.values).slice(0, random.integer(0, 3));
    const regions = random
      .shuffle(Region.values)
      .slice(0, random.integer(0, 3));
    const caller: Caller = {
      sub: `generated-alert-reader-${index}`,
      name: SRO_MEMBER.name,
      unit: SRO_MEMBER.unit,
      agency: random.pick(Agency.values),
      roles,
      regions,
      vetting: random.pick(Vetting.values),
    };
    const purpose = random.pick(Purpose.values);
    return {
      caller,
      purpose: { purpose, justification: 'Generated alert case' },
    };
  });
}

const levelFor = (
  reader: ReturnType<typeof generateReaders>[number],
  field: FieldMarking,
): DisclosureLevel => {
  const table = engine.precompute(reader.caller, reader.purpose, [field]);
  return table.record({
    field: table.field(0),
    marking: field,
    record: { nominatedRegions: ['NORTH_WEST'] },
    now: new Date().toISOString(),
  }).level;
};
const atLeast = (level: DisclosureLevel, least: DisclosureLevel) =>
  rankDisclosure(level) >= rankDisclosure(least);

describe('alerts carry nothing the register withholds from their reader (generated)', () => {
  it(`holds for ${CASES} generated readers`, async () => {
    const failures: string[] = [];
    const readers = generateReaders(CASES);
    for (const reader of readers) {
      const result = await harness.execute(INBOX, {}, reader as never);
      const answer = JSON.stringify(result);
      const cohort = levelFor(reader, COHORT) === 'FULL';
      const movements = levelFor(reader, MOVEMENTS);
      const disruptions = levelFor(reader, DISRUPTION);
      const alerts = (result.data?.alerts ?? []) as { kind: string }[];
      const leadHere =
        reader.caller.roles.includes('REGIONAL_LEAD') &&
        reader.caller.regions.includes('NORTH_WEST');
      const expected = cohort
        ? 1 +
          (leadHere ? 1 : 0) +
          (atLeast(movements, 'EXISTENCE') ? 1 : 0) +
          (atLeast(disruptions, 'EXISTENCE') ? 1 : 0)
        : 0;
      const problems = [
        alerts.length !== expected &&
          `${alerts.length} alerts where the register allows ${expected}`,
        !cohort &&
          answer.includes(FRESH_NOMINAL) &&
          'the nominal without COHORT',
        movements !== 'FULL' &&
          /Frankland|Altcourse|\bTRANSFER\b|transferred/.test(answer) &&
          'the movement without MOVEMENTS in full',
        disruptions !== 'FULL' &&
          /DR-\d|cocaine|MAJOR/.test(answer) &&
          'the disruption without DISRUPTION in full',
      ].filter((problem): problem is string => typeof problem === 'string');
      if (problems.length > 0)
        failures.push(
          `${reader.caller.agency} ${reader.caller.roles.join('+')} ${reader.caller.vetting} ${reader.purpose.purpose}: ${problems.join('; ')}`,
        );
    }
    const holders = readers.filter(
      (reader) => levelFor(reader, COHORT) === 'FULL',
    );
    process.stdout.write(
      `alerts no-leak: ${readers.length} generated readers, ${holders.length} may hold alerts\n`,
    );
    expect(holders.length).toBeGreaterThan(20);
    expect(failures).toEqual([]);
  });
});
