import { type DisclosureLevel, type FieldMarking } from '@marsoc/schema';
import { createPolicyEngine } from '@marsoc/schema/policy';
import { loadRegister } from '@marsoc/schema/register';
import { JUSTIFICATION_HEADER, PURPOSE_HEADER } from '@marsoc/schema/wire';
import { ALERT_STREAM_QUERY } from '@marsoc/gateway/alerts';
import { readServerSentEvents } from '@marsoc/console/server-sent-events';
import { callerOf, purposeOf } from '../helpers/personas';
import { type CallerCase, generateCallers } from '../noLeak/callers';
import {
  acceptanceNamingSroOf,
  custodyTransferOf,
  DECIDE_EMERGENCY,
  EMERGENCY_NOMINATION,
  emergencyNominationOf,
  NOTIFY_CUSTODY_MOVEMENT,
} from './alertOperations';
import {
  type AlertStreamSystem,
  startAlertStreamSystem,
} from './alertStreamSystem';

/**
 * Generated no-leak cases of the alert stream (GET /alerts/stream): many
 * readers, each addressed as the SRO of a North West nominal who was
 * nominated and then moved between prisons, with every agency, role,
 * vetting, region and purpose the vocabulary allows. What each reader's
 * stream sends before its `ready` event must be exactly the gateway's own
 * answer to them (the stream adds nothing and leaves nothing it may send),
 * and, by the register asked outside the system, nothing of the nominal
 * without COHORT in full and nothing of the movement without MOVEMENTS in
 * full.
 */
const CASES = 120;
const NOMINAL = 'NOM-00354';
const SRO = { name: 'DCI Generated', unit: 'North West ROCU', vetting: 'SC' };
const COHORT_MANAGEMENT = purposeOf('COHORT_MANAGEMENT', 'Raising alerts');
const marking = (owner: string, category: string): FieldMarking => ({
  owner: owner as FieldMarking['owner'],
  category,
  classification: 'OFFICIAL_SENSITIVE',
});
const COHORT = marking('MARSOC', 'COHORT');
const MOVEMENTS = marking('HMPPS', 'MOVEMENTS');
const engine = createPolicyEngine(loadRegister());

let started: AlertStreamSystem;

beforeAll(async () => {
  started = await startAlertStreamSystem();
  for (const [persona, query, variables] of [
    ['police-analyst', EMERGENCY_NOMINATION, emergencyNominationOf(NOMINAL)],
    ['regional-lead', DECIDE_EMERGENCY, acceptanceNamingSroOf(NOMINAL, SRO)],
    ['prison-intel', NOTIFY_CUSTODY_MOVEMENT, custodyTransferOf(NOMINAL)],
  ] as const) {
    const result = await started.system.query(
      callerOf(persona),
      COHORT_MANAGEMENT,
      query,
      variables,
    );
    expect(result.errors).toBeUndefined();
  }
});

afterAll(() => started.stop());

/** Generated callers (test/noLeak/callers.ts), each addressed as the SRO by their name and unit. */
function generateReaders(count: number): CallerCase[] {
  return generateCallers('alert-stream-no-leak', count).map((each) => ({
    ...each,
    caller: { ...each.caller, name: SRO.name, unit: SRO.unit },
  }));
}

function levelFor(reader: CallerCase, field: FieldMarking): DisclosureLevel {
  const table = engine.precompute(reader.caller, reader.purpose, [field]);
  return table.record({
    field: table.field(0),
    marking: field,
    record: { nominatedRegions: ['NORTH_WEST'] },
    now: new Date().toISOString(),
  }).level;
}

/** What the reader's stream sends up to its `ready` (or the `error` that ends it). */
async function readStream(reader: CallerCase) {
  const response = await fetch(`${started.base}/alerts/stream`, {
    headers: {
      authorization: `Bearer ${await started.tokens.tokenFor(reader.caller)}`,
      [PURPOSE_HEADER]: reader.purpose.purpose,
      [JUSTIFICATION_HEADER]: reader.purpose.justification,
    },
  });
  if (response.body === null || response.status !== 200)
    return {
      status: response.status,
      alerts: [],
      error: await response.text(),
    };
  const alerts: unknown[] = [];
  let error: unknown;
  await readServerSentEvents(response.body, ({ event, data }) => {
    if (event === 'alert') alerts.push(JSON.parse(data));
    if (event === 'error') error = JSON.parse(data);
    return event !== 'alert';
  });
  return { status: response.status, alerts, error };
}

describe('the alert stream carries nothing the register withholds from its reader (generated)', () => {
  it(`holds for ${CASES} generated readers`, async () => {
    const failures: string[] = [];
    let delivered = 0;
    let withoutMovement = 0;
    for (const reader of generateReaders(CASES)) {
      const streamed = await readStream(reader);
      const answer = await started.system.query(
        reader.caller,
        reader.purpose,
        ALERT_STREAM_QUERY,
      );
      const expected =
        (answer.data as { alerts?: unknown[] } | null)?.alerts ?? [];
      const text = JSON.stringify(streamed);
      delivered += streamed.alerts.length;
      if (streamed.alerts.length > 0 && levelFor(reader, MOVEMENTS) !== 'FULL')
        withoutMovement += 1;
      const problems = [
        JSON.stringify(streamed.alerts) !== JSON.stringify(expected) &&
          `streamed ${streamed.alerts.length} alerts where the gateway answers ${expected.length}`,
        levelFor(reader, COHORT) !== 'FULL' &&
          text.includes(NOMINAL) &&
          'the nominal without COHORT',
        levelFor(reader, MOVEMENTS) !== 'FULL' &&
          /Altcourse|Risley|transferred/.test(text) &&
          'the movement without MOVEMENTS in full',
      ].filter((problem): problem is string => typeof problem === 'string');
      if (problems.length > 0)
        failures.push(`${reader.label}: ${problems.join('; ')}`);
    }
    process.stdout.write(
      `alert stream no-leak: ${CASES} generated readers, ${delivered} alerts streamed, ${withoutMovement} readers holding alerts without the movement in full\n`,
    );
    expect(delivered).toBeGreaterThan(10);
    expect(withoutMovement).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });
});
