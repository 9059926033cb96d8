import { isEnumType } from 'graphql';
import { HMPPS_ENUMS } from '../repository/codes';
import { type HmppsRepository } from '../repository/HmppsRepository';
import { openTestRepository } from './fixtures';
import { createSubgraphTestServer } from '@marsoc/platform/testing';
import { hmppsService } from '../hmppsService';

describe('the HMPPS schema', () => {
  let repository: HmppsRepository;

  beforeAll(async () => {
    repository = await openTestRepository();
  });

  afterAll(() => repository.close());

  it("starts: every field is marked, nullable, and owned by HMPPS but the one it requires from APMIS and the request desk's MARSOC records", () => {
    const { markedFields } = createSubgraphTestServer(hmppsService, {
      repository,
    });
    expect(markedFields.length).toBeGreaterThan(50);
    const required = 'CohortChangeFeed.nominalIds';
    // The disclosure requests HMPPS answers are MARSOC's record of the
    // sharing process, on the request types every owner's desk shares.
    const isDeskRecord = (coordinate: string) =>
      /^Disclosure(Request|LegalBasis)/.test(coordinate);
    expect(
      new Set(
        markedFields
          .filter(
            (field) =>
              field.coordinate !== required && !isDeskRecord(field.coordinate),
          )
          .map((field) => field.marking.owner),
      ),
    ).toEqual(new Set(['HMPPS']));
    expect(
      new Set(
        markedFields
          .filter((field) => isDeskRecord(field.coordinate))
          .map((field) => field.marking.owner),
      ),
    ).toEqual(new Set(['MARSOC']));
    // The cohort comes from APMIS (@external), under MARSOC's own marking.
    expect(
      markedFields.find((field) => field.coordinate === required)?.marking,
    ).toMatchObject({ owner: 'MARSOC', category: 'COHORT' });
    expect(
      markedFields.find((field) => field.coordinate === 'Nominal.custody')
        ?.marking.category,
    ).toBe('CUSTODY');
    expect(
      markedFields.find((field) => field.coordinate === 'Nominal.probation')
        ?.marking.category,
    ).toBe('PROBATION');
    expect(
      markedFields.find(
        (field) => field.coordinate === 'ProbationSupervision.risk',
      )?.marking.category,
    ).toBe('RISK');
  });

  it('adds only custody and probation to the shared Nominal, whose names no other agency uses', () => {
    const { schema } = createSubgraphTestServer(hmppsService, { repository });
    const nominal = schema.getType('Nominal');
    expect(
      nominal && 'getFields' in nominal
        ? Object.keys(nominal.getFields()).sort()
        : [],
    ).toEqual(['custody', 'id', 'probation']);
  });

  it('prefixes every type it declares with Prison, Probation or Hmpps, but the entities and request types it shares', () => {
    const { schema } = createSubgraphTestServer(hmppsService, { repository });
    const builtIn = [
      'Query',
      'Mutation',
      'Nominal',
      'NominalSearch',
      'AssociateNetwork',
      'CohortChangeFeed',
      'String',
      'Int',
      'Float',
      'Boolean',
      'ID',
    ];
    // Names with a double underscore are federation's and GraphQL's own (link__Import, __Type).
    const declared = Object.keys(schema.getTypeMap()).filter(
      (name) =>
        !name.startsWith('_') &&
        !name.includes('__') &&
        !builtIn.includes(name),
    );
    // Disclosure*: the request types every owner's desk returns (one SDL, shared).
    const foreign = declared.filter(
      (name) => !/^(Prison|Probation|Hmpps|Disclosure)/.test(name),
    );
    expect(declared.length).toBeGreaterThan(10);
    expect(foreign).toEqual([]);
  });

  it('serves the same codes the store holds', () => {
    const { schema } = createSubgraphTestServer(hmppsService, { repository });
    for (const [name, values] of Object.entries(HMPPS_ENUMS)) {
      const type = schema.getType(name);
      expect(
        isEnumType(type) ? type.getValues().map((value) => value.value) : [],
      ).toEqual([...values]);
    }
  });
});
