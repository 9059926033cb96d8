import {
  createEntitiesQuery,
  createFixedPolicy,
  createSubgraphTestServer,
  representationsOf,
} from '@marsoc/platform/testing';
import { type NcaHmrcRepository } from '../repository/NcaHmrcRepository';
import { AGENCY_FIELDS, FULL_PICTURE, openTestRepository } from './fixtures';
import { ncahmrcService } from '../ncahmrcService';

const UNKNOWN_ID = 'NOM-99999';
let repository: NcaHmrcRepository;

beforeAll(async () => {
  repository = await openTestRepository();
});

interface NominalPicture {
  id: string;
  hmrc: Record<string, unknown[] | string | null> | null;
  hmrcInvestigations: unknown[] | null;
  nca: Record<string, unknown> | null;
  ncaDeconfliction: Record<string, unknown> | null;
}

function entitiesOf(result: {
  data?: Record<string, unknown> | null;
}): NominalPicture[] {
  return (result.data?._entities ?? []) as NominalPicture[];
}

describe('the NCA/HMRC subgraph with every field released', () => {
  it("returns NOM-00001's HMRC and NCA picture through _entities", async () => {
    const server = createSubgraphTestServer(ncahmrcService, { repository });
    const result = await server.execute(
      createEntitiesQuery(FULL_PICTURE),
      representationsOf('NOM-00001'),
    );
    expect(result.errors).toBeUndefined();
    const [nominal] = entitiesOf(result);
    expect(nominal?.id).toBe('NOM-00001');
    expect(nominal?.hmrc?.taxReference).toMatch(/^\d{10}$/);
    expect(nominal?.hmrc?.selfAssessments).toHaveLength(6);
    expect(nominal?.hmrc?.directorships).toHaveLength(2);
    expect(nominal?.hmrc?.vatRegistrations).toHaveLength(1);
    expect(nominal?.hmrcInvestigations).toEqual([
      expect.objectContaining({
        investigationType: 'CRIMINAL',
        status: 'OPEN',
      }),
    ]);
    expect(nominal?.nca).toMatchObject({
      ncaReference: expect.stringMatching(/^NCA\/\d{5}$/),
      ocgTiering: expect.objectContaining({
        tier: expect.stringMatching(/^TIER_[123]$/),
      }),
      covertInterest: null,
      deconfliction: { contactBeforeAction: true, route: expect.any(String) },
    });
    expect(
      (nominal?.nca?.suspiciousActivityReports as unknown[]).length,
    ).toBeGreaterThanOrEqual(2);
    expect(nominal?.ncaDeconfliction).toEqual(nominal?.nca?.deconfliction);
  });

  it('answers an unknown nominal with nulls, not errors', async () => {
    const server = createSubgraphTestServer(ncahmrcService, { repository });
    const result = await server.execute(
      createEntitiesQuery(FULL_PICTURE),
      representationsOf(UNKNOWN_ID),
    );
    expect(result.errors).toBeUndefined();
    expect(entitiesOf(result)).toEqual([
      {
        id: UNKNOWN_ID,
        hmrc: null,
        hmrcInvestigations: [],
        nca: null,
        ncaDeconfliction: null,
      },
    ]);
  });

  it("offers no root field that looks a nominal up by UTR or NCA reference, only the owners' grant list by nominal id, the disclosure requests and the owners' legal bases", async () => {
    const server = createSubgraphTestServer(ncahmrcService, { repository });
    const queryType = server.schema.getQueryType();
    const fields = queryType?.getFields() ?? {};
    expect(Object.keys(fields).sort()).toEqual([
      '_entities',
      '_service',
      'disclosureGrants',
      'disclosureLegalBases',
      'disclosureRequestFigures',
      'disclosureRequests',
    ]);
    expect(fields.disclosureGrants?.args.map((arg) => arg.name)).toEqual([
      'nominalId',
    ]);
    // Neither takes a reference: requests by status and owner, figures by owner and period.
    expect(fields.disclosureRequests?.args.map((arg) => arg.name)).toEqual([
      'status',
      'owner',
      'limit',
    ]);
  });
});

describe('the NCA/HMRC subgraph when the owner withholds', () => {
  it('nulls both agency fields with a WITHHELD error naming owner and category', async () => {
    const server = createSubgraphTestServer(ncahmrcService, {
      repository,
      policy: createFixedPolicy(() => 'WITHHELD'),
    });
    const result = await server.execute(
      createEntitiesQuery(FULL_PICTURE),
      representationsOf('NOM-00001'),
    );
    expect(entitiesOf(result)).toEqual([
      {
        id: 'NOM-00001',
        hmrc: null,
        hmrcInvestigations: null,
        nca: null,
        ncaDeconfliction: null,
      },
    ]);
    const extensions = (result.errors ?? []).map((error) => error.extensions);
    expect(extensions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'WITHHELD',
          owner: 'HMRC',
          category: 'TAX',
        }),
        expect.objectContaining({
          code: 'WITHHELD',
          owner: 'NCA',
          category: 'NCA_INTEREST',
        }),
      ]),
    );
  });

  it('answers NCND exactly as for a nominal neither agency knows', async () => {
    const server = createSubgraphTestServer(ncahmrcService, {
      repository,
      policy: createFixedPolicy(() => 'NCND'),
    });
    const query = createEntitiesQuery(AGENCY_FIELDS);
    const known = await server.execute(query, representationsOf('NOM-00001'));
    const unknown = await server.execute(query, representationsOf(UNKNOWN_ID));
    expect(known.data).toEqual({
      _entities: [
        {
          hmrc: null,
          hmrcInvestigations: [],
          nca: null,
          ncaDeconfliction: null,
        },
      ],
    });
    expect(JSON.stringify(known)).toBe(JSON.stringify(unknown));
  });

  it('tells the caller only that HMRC holds something at EXISTENCE, and nothing where it holds nothing', async () => {
    const server = createSubgraphTestServer(ncahmrcService, {
      repository,
      policy: createFixedPolicy(() => 'EXISTENCE'),
    });
    const query = createEntitiesQuery('hmrc { taxReference }');
    const held = await server.execute(query, representationsOf('NOM-00001'));
    expect(held.errors?.[0]?.extensions).toMatchObject({
      code: 'WITHHELD',
      owner: 'HMRC',
      held: true,
    });
    const notHeld = await server.execute(query, representationsOf(UNKNOWN_ID));
    expect(notHeld.errors).toBeUndefined();
    expect(notHeld.data).toEqual({ _entities: [{ hmrc: null }] });
  });

  it('never summarises HMRC information: at SUMMARY its scalars are withheld (CRCA 2005 s.19)', async () => {
    const server = createSubgraphTestServer(ncahmrcService, {
      repository,
      policy: createFixedPolicy(() => 'SUMMARY'),
    });
    const query = createEntitiesQuery(
      'hmrc { taxReference selfAssessments { taxYear declaredIncome } }',
    );
    const result = await server.execute(query, representationsOf('NOM-00001'));
    const [nominal] = entitiesOf(result);
    expect(nominal?.hmrc?.taxReference).toBeNull();
    const years = nominal?.hmrc?.selfAssessments as {
      taxYear: unknown;
      declaredIncome: unknown;
    }[];
    expect(years.length).toBeGreaterThan(0);
    expect(
      years.every(
        (year) => year.taxYear === null && year.declaredIncome === null,
      ),
    ).toBe(true);
    expect(
      result.errors?.every((error) => error.extensions?.owner === 'HMRC'),
    ).toBe(true);
  });

  it('summarises an OCG tiering to its tier and year, withholding the group name', async () => {
    const server = createSubgraphTestServer(ncahmrcService, {
      repository,
      policy: createFixedPolicy(() => 'SUMMARY'),
    });
    const query = createEntitiesQuery(
      'nca { ocgTiering { groupName tier assessedOn } }',
    );
    const result = await server.execute(query, representationsOf('NOM-00001'));
    const tiering = entitiesOf(result)[0]?.nca?.ocgTiering as Record<
      string,
      unknown
    >;
    expect(tiering.groupName).toBeNull();
    expect(tiering.tier).toMatch(/^TIER_[123]$/);
    expect(tiering.assessedOn).toMatch(/^\d{4}$/);
  });
});
