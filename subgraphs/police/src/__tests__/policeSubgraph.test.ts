import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import {
  createFixedPolicy,
  createSubgraphTestServer,
  type OperationResult,
  representationsOf,
} from '@marsoc/platform/testing';
import { type DisclosureLevel } from '@marsoc/schema';
import { openPoliceRepository } from '../repository/openPoliceRepository';
import {
  type PoliceNominalRow,
  type PoliceRepository,
} from '../repository/PoliceRepository';
import { policeService } from '../policeService';
import { PICTURE_QUERY } from './fixtures';

const UNKNOWN_ID = 'NOM-99999';

let repository: PoliceRepository;
let wellKnown: PoliceNominalRow;

beforeAll(async () => {
  repository = await openPoliceRepository({
    dataDirectory: ':memory:',
    seed: 'subgraph-test',
    size: 200,
  });
  const [row] = await repository.findNominalsByIds([WELL_KNOWN_NOMINAL_ID]);
  if (!row) throw new Error('NOM-00001 is not seeded');
  wellKnown = row;
});

afterAll(() => repository.close());

function atLevel(level: DisclosureLevel): ReturnType<typeof createFixedPolicy> {
  return createFixedPolicy(() => level);
}

function pictureOf(result: OperationResult): Record<string, unknown> | null {
  const entities = result.data?._entities as
    ({ police: Record<string, unknown> | null } | null)[] | undefined;
  return entities?.[0]?.police ?? null;
}

async function fetchPicture(
  id: string,
  level: DisclosureLevel = 'FULL',
): Promise<OperationResult> {
  return createSubgraphTestServer(policeService, {
    repository,
    policy: atLevel(level),
  }).execute(PICTURE_QUERY, representationsOf(id));
}

describe('the police subgraph through _entities', () => {
  it("returns NOM-00001's police picture: identity, markers, convictions, intelligence, OCG, vehicles, addresses", async () => {
    const result = await fetchPicture(WELL_KNOWN_NOMINAL_ID);
    expect(result.errors).toBeUndefined();
    const police = pictureOf(result);
    expect(police?.identity).toMatchObject({
      pncId: wellKnown.pncId,
      croNumber: wellKnown.croNumber,
    });
    expect((police?.warningMarkers as unknown[]).length).toBeGreaterThanOrEqual(
      2,
    );
    expect((police?.convictions as unknown[]).length).toBeGreaterThanOrEqual(4);
    expect(
      (police?.ocgAffiliations as unknown[]).length,
    ).toBeGreaterThanOrEqual(1);
    expect((police?.vehicles as unknown[]).length).toBeGreaterThanOrEqual(1);
    expect((police?.addresses as unknown[]).length).toBeGreaterThanOrEqual(2);
    const stored = await repository.findIntelligenceReportsByNominalIds([
      WELL_KNOWN_NOMINAL_ID,
    ]);
    expect(police?.intelligenceReports).toEqual(
      stored.map((report) => ({
        reference: report.reference,
        dateRecorded: report.dateRecorded,
        sourceEvaluation: report.sourceEvaluation,
        intelligenceAssessment: report.intelligenceAssessment,
        handlingCode: report.handlingCode,
        handlingConditions: report.handlingConditions.map((condition) => ({
          kind: condition.kind,
          agencies:
            condition.kind === 'RESTRICT_TO_AGENCIES'
              ? condition.agencies
              : null,
          text: null,
        })),
        originatorAgency: report.originatorAgency,
        classification: report.classification,
        text: report.text,
        sourceDetails: report.sourceDetails,
      })),
    );
  });

  it('answers an unknown nominal with a null police record and no error', async () => {
    const result = await fetchPicture(UNKNOWN_ID);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([{ id: UNKNOWN_ID, police: null }]);
  });

  it('withholds the police record with a WITHHELD error naming owner and category', async () => {
    const result = await fetchPicture(WELL_KNOWN_NOMINAL_ID, 'WITHHELD');
    expect(result.data?._entities).toEqual([
      { id: WELL_KNOWN_NOMINAL_ID, police: null },
    ]);
    expect(result.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: 'WITHHELD',
          owner: 'POLICE',
          category: 'IDENTITY',
        }) as unknown,
      }),
    ]);
  });

  it('under NCND answers a known nominal exactly as it answers one police do not hold', async () => {
    const known = await fetchPicture(WELL_KNOWN_NOMINAL_ID, 'NCND');
    const unknown = await fetchPicture(UNKNOWN_ID, 'NCND');
    expect(
      JSON.stringify(known).replaceAll(WELL_KNOWN_NOMINAL_ID, UNKNOWN_ID),
    ).toEqual(JSON.stringify(unknown));
    expect(known.errors).toBeUndefined();
  });

  it('says only that warning markers exist, never what they are, at EXISTENCE', async () => {
    const policy = createFixedPolicy((marking) =>
      marking.category === 'WARNING_MARKERS' ? 'EXISTENCE' : 'FULL',
    );
    const result = await createSubgraphTestServer(policeService, {
      repository,
      policy,
    }).execute(PICTURE_QUERY, representationsOf(WELL_KNOWN_NOMINAL_ID));
    expect(pictureOf(result)?.warningMarkers).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: 'WITHHELD',
          category: 'WARNING_MARKERS',
          held: true,
        }) as unknown,
      }),
    ]);
  });
});

describe('the police subgraph at SUMMARY', () => {
  const summaryOf = (category: string) =>
    createFixedPolicy((marking) =>
      marking.category === category ? 'SUMMARY' : 'FULL',
    );

  it('releases the sanitised summary of an intelligence report, never its text or source', async () => {
    const result = await createSubgraphTestServer(policeService, {
      repository,
      policy: summaryOf('INTELLIGENCE'),
    }).execute(PICTURE_QUERY, representationsOf(WELL_KNOWN_NOMINAL_ID));
    const stored = await repository.findIntelligenceReportsByNominalIds([
      WELL_KNOWN_NOMINAL_ID,
    ]);
    const reports = pictureOf(result)?.intelligenceReports as Record<
      string,
      unknown
    >[];
    expect(reports.map((report) => report.text)).toEqual(
      stored.map((report) => report.sanitisedSummary),
    );
    expect(reports.map((report) => report.dateRecorded)).toEqual(
      stored.map((report) => report.dateRecorded.slice(0, 4)),
    );
    expect(
      reports.map((report) => [report.sourceDetails, report.reference]),
    ).toEqual(stored.map(() => [null, null]));
    expect(reports.map((report) => report.handlingCode)).toEqual(
      stored.map((report) => report.handlingCode),
    );
    const withheld = (result.errors ?? []).map((error) => error.path?.at(-1));
    expect(withheld).toEqual(
      expect.arrayContaining(['sourceDetails', 'reference']),
    );
  });

  it('reduces a date of birth to its year and an address to its town and postcode district', async () => {
    const result = await createSubgraphTestServer(policeService, {
      repository,
      policy: summaryOf('IDENTITY'),
    }).execute(PICTURE_QUERY, representationsOf(WELL_KNOWN_NOMINAL_ID));
    const police = pictureOf(result);
    expect(police?.identity).toMatchObject({
      dateOfBirth: wellKnown.dateOfBirth.slice(0, 4),
      forename: null,
      surname: null,
      pncId: null,
    });
    const [home] = await repository.findAddressesByNominalIds([
      WELL_KNOWN_NOMINAL_ID,
    ]);
    const [, town, postcode] = (home?.address ?? '').split(', ');
    expect((police?.addresses as { address: string }[])[0]?.address).toBe(
      `${town}, ${postcode?.split(' ')[0]}`,
    );
  });
});
