import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import { type Caller } from '@marsoc/schema';
import {
  createInProcessSupergraph,
  type GatewayResult,
  type InProcessSupergraph,
} from './helpers/inProcessSupergraph';
import { callerOf, purposeOf } from './helpers/personas';
import {
  DECIDE_TRANSFER,
  REQUEST_TRANSFER,
  YORKSHIRE_LEAD,
} from './cycle/cycleOperations';

// "What changed for my region's cohort since <date>" (issue item 8): the
// notification gap between prisons and police that seed 000 E567 describes.
// The clock stands on the day the synthetic HMPPS picture is taken.

const NOW = new Date('2024-01-31T12:00:00.000Z');
const BEFORE_ALTCOURSE = '2023-03-01';
const AFTER_ALTCOURSE = '2023-05-01';

const FEED = `query Feed($region: String!, $since: String!) {
  cohortChanges(region: $region, since: $since) {
    region
    since
    nominalIds
    cohortEvents { nominal { id } change occurredAt detail owningAgency }
    newDisruptions { nominal { id } date owningAgency disruption { recordingAgency description } }
    prisonMovements { nominal { id } change movementDate fromLocation toLocation owningAgency }
  }
}`;

interface Feed {
  nominalIds: string[] | null;
  cohortEvents: { nominal: { id: string }; change: string; detail: string }[];
  newDisruptions:
    { nominal: { id: string }; date: string; owningAgency: string }[] | null;
  prisonMovements:
    | {
        nominal: { id: string };
        change: string;
        movementDate: string;
        fromLocation: string;
        toLocation: string;
        owningAgency: string;
      }[]
    | null;
}

function feedOf(result: GatewayResult): Feed | null {
  return (
    (result.data as { cohortChanges: Feed | null } | null)?.cohortChanges ??
    null
  );
}

function codesOf(result: GatewayResult): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}

describe("a region's cohort changes through the whole system", () => {
  let system: InProcessSupergraph;
  const purpose = purposeOf('COHORT_MANAGEMENT');
  const feed = (caller: Caller, region: string, since: string) =>
    system.query(caller, purpose, FEED, { region, since });

  beforeAll(async () => {
    system = await createInProcessSupergraph({ clock: () => NOW });
  }, 120_000);
  afterAll(() => system.stop());

  it("shows the North West's regional lead NOM-00001's transfer to HMP Altcourse and the cohort's new disruptions (seed 000 E567)", async () => {
    const result = await feed(
      callerOf('regional-lead'),
      'NORTH_WEST',
      BEFORE_ALTCOURSE,
    );
    expect(result.errors).toBeUndefined();
    const changes = feedOf(result);
    expect(changes?.nominalIds).toContain(WELL_KNOWN_NOMINAL_ID);
    expect(changes?.prisonMovements).toContainEqual({
      nominal: { id: WELL_KNOWN_NOMINAL_ID },
      change: 'TRANSFER',
      movementDate: '2023-04-03',
      fromLocation: 'HMP Manchester',
      toLocation: 'HMP Altcourse',
      owningAgency: 'HMPPS',
    });
    const disruptions = changes?.newDisruptions ?? [];
    expect(
      disruptions
        .filter((entry) => entry.nominal.id === WELL_KNOWN_NOMINAL_ID)
        .map((entry) => entry.date),
    ).toEqual(['2023-07-21', '2023-10-06']);
    for (const entry of [...disruptions, ...(changes?.prisonMovements ?? [])]) {
      expect(changes?.nominalIds).toContain(entry.nominal.id);
      const date = 'date' in entry ? entry.date : entry.movementDate;
      expect(date >= BEFORE_ALTCOURSE && date <= '2024-01-31').toBe(true);
    }
    expect(disruptions.every((entry) => entry.owningAgency === 'MARSOC')).toBe(
      true,
    );
  });

  it('leaves out what happened before the date asked for', async () => {
    const changes = feedOf(
      await feed(callerOf('regional-lead'), 'NORTH_WEST', AFTER_ALTCOURSE),
    );
    expect(
      changes?.prisonMovements?.filter(
        (movement) => movement.nominal.id === WELL_KNOWN_NOMINAL_ID,
      ),
    ).toEqual([]);
  });

  it('refuses a caller outside the region with FORBIDDEN and no data', async () => {
    for (const [persona, region] of [
      ['regional-lead', 'LONDON'],
      ['police-analyst', 'YORKSHIRE_AND_HUMBER'],
    ] as const) {
      const result = await feed(callerOf(persona), region, BEFORE_ALTCOURSE);
      expect({ persona, codes: codesOf(result) }).toEqual({
        persona,
        codes: ['FORBIDDEN'],
      });
      expect(result.data?.cohortChanges).toBeNull();
    }
  });

  it('refuses a date in the future, more than five years back, or not a date', async () => {
    for (const since of [
      '2024-02-01',
      '2019-01-30',
      '2023-13-01',
      'yesterday',
    ]) {
      const result = await feed(callerOf('regional-lead'), 'NORTH_WEST', since);
      expect({ since, codes: codesOf(result) }).toEqual({
        since,
        codes: ['BAD_USER_INPUT'],
      });
    }
  });

  it('shows the NCA the cohort, but HMPPS movements and APMIS disruptions only as held while the ISA is draft (seed 000 E565, E603)', async () => {
    const result = await feed(
      callerOf('nca-officer'),
      'NORTH_WEST',
      BEFORE_ALTCOURSE,
    );
    const changes = feedOf(result);
    expect(changes?.nominalIds).toContain(WELL_KNOWN_NOMINAL_ID);
    expect(changes?.prisonMovements).toBeNull();
    expect(changes?.newDisruptions).toBeNull();
    expect(
      (result.errors ?? []).map((error) => ({
        field: error.path?.at(-1),
        owner: error.extensions?.owner,
        category: error.extensions?.category,
        held: error.extensions?.held,
      })),
    ).toEqual(
      expect.arrayContaining([
        {
          field: 'prisonMovements',
          owner: 'HMPPS',
          category: 'MOVEMENTS',
          held: true,
        },
        {
          field: 'newDisruptions',
          owner: 'MARSOC',
          category: 'DISRUPTION',
          held: true,
        },
      ]),
    );
    expect(JSON.stringify(result)).not.toContain('HMP Altcourse');
  });

  it('shows a transfer out of the region in the region it left and the one it joined', async () => {
    const leaving = feedOf(
      await feed(callerOf('regional-lead'), 'NORTH_WEST', BEFORE_ALTCOURSE),
    )?.nominalIds?.find((id) => id !== WELL_KNOWN_NOMINAL_ID);
    if (leaving === undefined) throw new Error('the North West cohort has one');
    // The sending lead asks; the move happens when the receiving lead accepts (E823).
    const manage = purposeOf(
      'COHORT_MANAGEMENT',
      'Moved to the Yorkshire hub at the PSF',
    );
    const asked = await system.query(
      callerOf('regional-lead'),
      manage,
      REQUEST_TRANSFER,
      {
        input: {
          nominalId: leaving,
          toRegion: 'YORKSHIRE_AND_HUMBER',
          reason: 'Released to an address in Leeds',
          clientRequestId: 'changes-transfer-request',
        },
      },
    );
    expect(asked.errors).toBeUndefined();
    const pending = feedOf(
      await feed(callerOf('regional-lead'), 'NORTH_WEST', BEFORE_ALTCOURSE),
    );
    expect(pending?.nominalIds).toContain(leaving);
    expect(
      pending?.cohortEvents.filter(
        (event) => event.nominal.id === leaving && event.change === 'TRANSFER',
      ),
    ).toEqual([]);
    const { id } = asked.data?.requestCohortTransfer as { id: string };
    const accepted = await system.query(
      YORKSHIRE_LEAD,
      manage,
      DECIDE_TRANSFER,
      {
        input: {
          transferId: id,
          decision: 'ACCEPT',
          clientRequestId: 'changes-transfer-accept',
        },
      },
    );
    expect(accepted.errors).toBeUndefined();
    const northWest = feedOf(
      await feed(callerOf('regional-lead'), 'NORTH_WEST', BEFORE_ALTCOURSE),
    );
    expect(northWest?.nominalIds).not.toContain(leaving);
    expect(northWest?.cohortEvents).toContainEqual(
      expect.objectContaining({
        nominal: { id: leaving },
        change: 'TRANSFER',
        detail: 'NORTH_WEST -> YORKSHIRE_AND_HUMBER',
        owningAgency: 'MARSOC',
      }),
    );
    // The NCA officer covers both regions (and sees cohort records in full).
    const yorkshire = feedOf(
      await feed(
        callerOf('nca-officer'),
        'YORKSHIRE_AND_HUMBER',
        BEFORE_ALTCOURSE,
      ),
    );
    expect(yorkshire?.nominalIds).toContain(leaving);
    expect(yorkshire?.cohortEvents).toContainEqual(
      expect.objectContaining({ nominal: { id: leaving }, change: 'TRANSFER' }),
    );
  });
});
