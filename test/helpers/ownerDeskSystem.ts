import { type Caller } from '@marsoc/schema';
import {
  answerOf,
  DESK_START,
  type DeskRequest,
  deskAs,
  inEastMidlands,
} from './disclosureRequestDesks';
import {
  createInProcessSupergraph,
  type InProcessSupergraph,
} from './inProcessSupergraph';
import { callerOf, purposeOf } from './personas';

/** The requesters the owners' desk tests ask as, from the register's personas. */
export const NCA_OFFICER = callerOf('nca-officer');
export const HMRC_INVESTIGATOR = callerOf('hmrc-investigator');
/** The purpose every desk test declares. */
export const INTELLIGENCE = purposeOf(
  'INTELLIGENCE_DEVELOPMENT',
  'Subject profile for the regional tasking meeting',
);

/** The NCA officer's colleague in the East Midlands, outside a grant's region. */
export function eastMidlandsNcaOfficer(sub: string): Caller {
  return inEastMidlands(NCA_OFFICER, sub);
}

type DeskPrefix = Parameters<typeof deskAs>[1];

/** One in-process supergraph for a describe block, on a clock its tests set. */
export interface OwnerDeskSystem {
  readonly system: InProcessSupergraph;
  /** Moves the supergraph's clock; every test starts at DESK_START. */
  setClock(at: Date): void;
  /** A client request id no other request in the file uses. */
  newKey(): string;
  /** An owner's desk, as one caller with the INTELLIGENCE purpose. */
  desk(prefix: DeskPrefix, caller: Caller): ReturnType<typeof deskAs>;
  /** A routine request to an owner for the North West, with any changes. */
  request(
    owner: string,
    nominalId: string,
    category: string,
    changes?: object,
  ): Record<string, unknown>;
  /** Raises a routine request at an owner's desk and returns it. */
  raise(
    prefix: DeskPrefix,
    caller: Caller,
    request: Record<string, unknown>,
  ): Promise<DeskRequest>;
}

/**
 * Starts the supergraph before the enclosing describe block's tests and stops
 * it after them, with the clock back at DESK_START before each test: the
 * set-up the owners' desk tests share.
 */
export function useOwnerDeskSystem(keyPrefix: string): OwnerDeskSystem {
  let system: InProcessSupergraph | undefined;
  let now = DESK_START;
  let keys = 0;
  beforeAll(async () => {
    system = await createInProcessSupergraph({ clock: () => now });
  }, 120_000);
  afterAll(() => system?.stop());
  beforeEach(() => {
    now = DESK_START;
  });
  const started = (): InProcessSupergraph => {
    if (system === undefined) throw new Error('the supergraph has not started');
    return system;
  };
  const desk = (prefix: DeskPrefix, caller: Caller) =>
    deskAs(started(), prefix, caller, INTELLIGENCE);
  const kit: OwnerDeskSystem = {
    get system() {
      return started();
    },
    setClock: (at) => {
      now = at;
    },
    newKey: () => `${keyPrefix}-${(keys += 1)}`,
    desk,
    request: (owner, nominalId, category, changes = {}) => ({
      owner,
      nominalId,
      category,
      urgency: 'ROUTINE',
      forRegion: 'NORTH_WEST',
      clientRequestId: kit.newKey(),
      ...changes,
    }),
    raise: async (prefix, caller, request) =>
      answerOf<DeskRequest>(
        await desk(prefix, caller).raise(request),
        `request${prefix}Disclosure`,
      ),
  };
  return kit;
}
