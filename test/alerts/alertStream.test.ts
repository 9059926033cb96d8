import { JUSTIFICATION_HEADER, PURPOSE_HEADER } from '@marsoc/schema/wire';
import { readServerSentEvents } from '@marsoc/console/server-sent-events';
import { type InProcessSupergraph } from '../helpers/inProcessSupergraph';
import { callerOf, purposeOf } from '../helpers/personas';
import {
  custodyTransferOf,
  DECIDE_EMERGENCY,
  EMERGENCY_NOMINATION,
  emergencyNominationOf,
  acceptanceNamingSroOf,
  NOTIFY_CUSTODY_MOVEMENT,
  TRANSFER,
} from './alertOperations';
import {
  type AlertStreamSystem,
  startAlertStreamSystem,
} from './alertStreamSystem';

/**
 * GET /alerts/stream through the real gateway (its Apollo server over the
 * in-process subgraphs): an alert raised by one person's write reaches
 * another's open stream without a reload (issue 13 point 5).
 */
const COHORT_MANAGEMENT = purposeOf(
  'COHORT_MANAGEMENT',
  'Watching the North West cohort for alerts',
);
const NOMINAL = 'NOM-00350';

let started: AlertStreamSystem;
let system: InProcessSupergraph;

beforeAll(async () => {
  started = await startAlertStreamSystem(100);
  system = started.system;
});

afterAll(() => started.stop());

async function openStream(persona: string, signal: AbortSignal) {
  return fetch(`${started.base}/alerts/stream`, {
    headers: {
      authorization: `Bearer ${await started.tokens.token(persona)}`,
      [PURPOSE_HEADER]: COHORT_MANAGEMENT.purpose,
      [JUSTIFICATION_HEADER]: COHORT_MANAGEMENT.justification,
    },
    signal,
  });
}

/** Reads server-sent events, as the console does, until one satisfies `wanted`; returns it. */
async function waitForEvent(
  body: ReadableStream<Uint8Array>,
  wanted: (event: { event: string; data: unknown }) => boolean,
): Promise<{ event: string; data: unknown }> {
  let found: { event: string; data: unknown } | undefined;
  await readServerSentEvents(body, ({ event, data }) => {
    const parsed = { event, data: JSON.parse(data) as unknown };
    if (wanted(parsed)) found = parsed;
    return found !== undefined;
  });
  if (found === undefined) throw new Error('the stream ended before the event');
  return found;
}

describe('the alert stream (GET /alerts/stream)', () => {
  it('refuses a caller without a token with 401, as /graphql does', async () => {
    const response = await fetch(`${started.base}/alerts/stream`, {
      headers: {
        [PURPOSE_HEADER]: COHORT_MANAGEMENT.purpose,
        [JUSTIFICATION_HEADER]: COHORT_MANAGEMENT.justification,
      },
    });
    expect(response.status).toBe(401);
    await response.arrayBuffer();
  });

  it('delivers a nomination’s alert to the open stream of the region’s lead at once', async () => {
    const abort = new AbortController();
    const stream = await openStream('regional-lead', abort.signal);
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    if (stream.body === null) throw new Error('no stream body');
    const arrived = waitForEvent(
      stream.body,
      (event) =>
        event.event === 'alert' && JSON.stringify(event.data).includes(NOMINAL),
    );
    const nominated = await system.query(
      callerOf('police-analyst'),
      COHORT_MANAGEMENT,
      `mutation ($input: CohortNominationInput!) { nominateForCohort(input: $input) { nominationId } }`,
      {
        input: {
          nominalId: NOMINAL,
          region: 'NORTH_WEST',
          cycle: 9,
          supervisionStatus: 'NONE',
          mandatoryCriteriaMet: ['HIGHEST_HARM'],
        },
      },
    );
    expect(nominated.errors).toBeUndefined();
    const event = await arrived;
    expect(event.data).toMatchObject({
      kind: 'NOMINATION',
      read: false,
      region: 'NORTH_WEST',
      nominal: { id: NOMINAL },
    });
    abort.abort();
  });

  it('delivers a custody movement to the open stream of an NCA SRO without the establishments the register keeps from NCA', async () => {
    const nominalId = 'NOM-00351';
    const as = (persona: string, query: string, variables: object) =>
      system.query(callerOf(persona), COHORT_MANAGEMENT, query, {
        ...variables,
      });
    const nominated = await as(
      'police-analyst',
      EMERGENCY_NOMINATION,
      emergencyNominationOf(nominalId),
    );
    expect(nominated.errors).toBeUndefined();
    const accepted = await as(
      'regional-lead',
      DECIDE_EMERGENCY,
      acceptanceNamingSroOf(nominalId),
    );
    expect(accepted.errors).toBeUndefined();
    const abort = new AbortController();
    const leadStream = await openStream('regional-lead', abort.signal);
    const sroStream = await openStream('nca-officer', abort.signal);
    if (leadStream.body === null || sroStream.body === null)
      throw new Error('no stream body');
    const isCustodyAlert = (event: { event: string; data: unknown }) =>
      event.event === 'error' ||
      (JSON.stringify(event.data).includes(nominalId) &&
        JSON.stringify(event.data).includes('CUSTODY_MOVEMENT'));
    const toLead = waitForEvent(leadStream.body, isCustodyAlert);
    const toSro = waitForEvent(sroStream.body, isCustodyAlert);
    const notified = await as(
      'prison-intel',
      NOTIFY_CUSTODY_MOVEMENT,
      custodyTransferOf(nominalId),
    );
    expect(notified.errors).toBeUndefined();
    const [lead, sro] = await Promise.all([toLead, toSro]);
    expect(lead.event).toBe('alert');
    expect(lead.data).toMatchObject({
      text: expect.stringContaining(TRANSFER.toEstablishment) as string,
      movement: TRANSFER,
    });
    expect(sro.event).toBe('alert');
    expect(sro.data).toMatchObject({
      kind: 'CUSTODY_MOVEMENT',
      nominal: { id: nominalId },
      movement: null,
      text: expect.stringMatching(
        /^HMPPS has notified a custody movement/,
      ) as string,
    });
    expect(JSON.stringify(sro.data)).not.toMatch(/HMP /);
    abort.abort();
  });
});
