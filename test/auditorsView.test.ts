import { createRandom } from '@marsoc/platform';
import { type Agency, type Caller, type Vetting } from '@marsoc/schema';
import {
  type AuditedSupergraph,
  createAuditedSupergraph,
  normaliseAccesses,
} from './helpers/auditedSupergraph';
import {
  findHiddenDataPairs,
  type HiddenDataPair,
} from './helpers/findHiddenDataPairs';
import { generateAuditedOperations } from './helpers/generateAuditedOperations';
import { callerOf } from './helpers/personas';

const SEED = process.env.AUDITORS_VIEW_SEED ?? 'auditors-view-1';
const PAIRS_PER_KIND = 3;
const OPERATIONS_PER_PAIR = 8;
const AUDITORS_PER_AGENCY = 2;
const AUDITOR_AGENCIES: Agency[] = [
  'POLICE',
  'HMPPS',
  'MARSOC',
  'DWP',
  'NCA',
  'HMRC',
];

interface Access {
  service: string;
  shown: {
    owner: string;
    category: string;
    released: string[];
    summarised: string[];
    held: string[];
    withheld: string[];
  }[];
}

function accessesIn(result: {
  data?: Record<string, unknown> | null;
  errors?: readonly unknown[];
}): Access[] {
  const accesses = result.data?.accessesTo;
  if (!Array.isArray(accesses))
    throw new Error(`accessesTo failed: ${JSON.stringify(result.errors)}`);
  return accesses as Access[];
}

/** Coordinates of the owner's types in the fields shown to consulting callers. */
const OWNER_COORDINATE: Partial<Record<Agency, RegExp>> = {
  NCA: /^(Nca|Nominal\.nca)/,
  HMRC: /^(Hmrc|Nominal\.hmrc)/,
};

/** Anything in an answer that speaks of the owner's data: its entries or its fields by name. */
function ownerTraces(
  result: Parameters<typeof accessesIn>[0],
  owner: Agency,
): string[] {
  const pattern = OWNER_COORDINATE[owner];
  return accessesIn(result).flatMap((access) =>
    access.shown.flatMap((entry) => [
      ...(entry.owner === owner ? [`${entry.owner} ${entry.category}`] : []),
      ...[
        ...entry.released,
        ...entry.summarised,
        ...entry.held,
        ...entry.withheld,
      ].filter((coordinate) => pattern?.test(coordinate) ?? false),
    ]),
  );
}

/** Auditors of every agency, with seeded vetting, regions and subjects. */
function generateAuditors(seed: string): Caller[] {
  const random = createRandom(`${seed}:auditors`);
  const auditors: Caller[] = [callerOf('auditor')];
  for (const agency of AUDITOR_AGENCIES)
    for (let index = 1; index <= AUDITORS_PER_AGENCY; index += 1)
      auditors.push({
        sub: `generated-auditor-${agency.toLowerCase()}-${index}`,
        name: `Generated Auditor ${agency} ${index}`,
        agency,
        unit: `${agency} assurance`,
        regions: [random.pick(['NORTH_WEST', 'LONDON', 'WALES'] as const)],
        roles: ['AUDITOR'],
        vetting: random.pick<Vetting>(['NPPV3', 'SC', 'DV']),
      });
  return auditors;
}

/**
 * Issue 10 (1): what an auditor reads of the access audit passes through the
 * register (DPA 2018 s.62(4)), so for two nominals that differ only in data an
 * owner hides (an NCND covert NCA interest; HMRC records withheld outside HMRC)
 * every other agency's auditor gets the same `accessesTo` answer, byte for
 * byte after normalising times and request ids and swapping the ids, while the
 * owner's own auditors can tell them apart. Seeded and bounded.
 */
describe("the auditors' view of nominals that differ only in hidden data", () => {
  let audited: AuditedSupergraph;
  const pairs = findHiddenDataPairs(SEED, PAIRS_PER_KIND);
  const auditors = generateAuditors(SEED);
  let cases = 0;

  beforeAll(async () => {
    audited = await createAuditedSupergraph();
    const random = createRandom(`${SEED}:operations`);
    for (const pair of pairs)
      for (const operation of generateAuditedOperations(
        random,
        pair,
        OPERATIONS_PER_PAIR,
      ))
        for (const nominalId of [pair.hidden, pair.absent])
          await audited.query(
            callerOf(operation.persona),
            operation.purpose,
            operation.query,
            { id: nominalId },
          );
  }, 180_000);

  afterAll(async () => {
    await audited.stop();
    process.stdout.write(`auditors' view: ${cases} cases run\n`);
  });

  const ask = (auditor: Caller, nominalId: string, limit?: number) =>
    audited.accessesTo(auditor, nominalId, limit);

  const nonOwners = (pair: HiddenDataPair) =>
    auditors.filter((auditor) => auditor.agency !== pair.owner);

  it.each(pairs.map((pair) => [pair.why, pair.hidden, pair.absent, pair]))(
    'answers every non-owner auditor the same about a nominal with a %s (%s) as about one without (%s)',
    async (_why, hidden, absent, pair) => {
      const random = createRandom(`${SEED}:limits:${hidden}`);
      for (const auditor of nonOwners(pair)) {
        for (const limit of [500, random.integer(1, 4)]) {
          const withHidden = await ask(auditor, hidden, limit);
          const without = await ask(auditor, absent, limit);
          expect({
            auditor: auditor.sub,
            limit,
            answer: normaliseAccesses(withHidden, hidden),
          }).toEqual({
            auditor: auditor.sub,
            limit,
            answer: normaliseAccesses(without, absent),
          });
          expect(ownerTraces(withHidden, pair.owner)).toEqual([]);
          cases += 1;
        }
      }
      // Not vacuous: the MARSOC auditor reads who consulted the nominal.
      const seen = accessesIn(await ask(callerOf('auditor'), hidden));
      expect(seen.length).toBeGreaterThan(0);
    },
    120_000,
  );

  it.each(pairs.map((pair) => [pair.owner, pair.why, pair]))(
    "lets the %s's own auditor tell a nominal with a %s from one without",
    async (owner, _why, pair) => {
      const auditor = auditors.find(
        (candidate) => candidate.agency === owner,
      ) as Caller;
      const withHidden = await ask(auditor, pair.hidden);
      const without = await ask(auditor, pair.absent);
      expect(normaliseAccesses(withHidden, pair.hidden)).not.toEqual(
        normaliseAccesses(without, pair.absent),
      );
      const ownEntries = accessesIn(withHidden).flatMap((access) =>
        access.shown.filter((entry) => entry.owner === owner),
      );
      expect(ownEntries.length).toBeGreaterThan(0);
      cases += 1;
    },
    60_000,
  );
});
