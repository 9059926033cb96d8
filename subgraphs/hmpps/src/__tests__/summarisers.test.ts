import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import {
  createFixedPolicy,
  createSubgraphTestServer,
  representationsOf,
} from '@marsoc/platform/testing';
import { isLeafType, isObjectType, getNamedType } from 'graphql';
import { type HmppsRepository } from '../repository/HmppsRepository';
import { summarisers } from '../summarisers';
import { openTestRepository } from './fixtures';
import { hmppsService } from '../hmppsService';

const SUMMARY_QUERY = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Nominal {
    custody {
      status establishment earliestReleaseDate licenceExpiryDate
      sentence { offence sentenceDate }
      movements { movementDate fromLocation toLocation reason }
      adjudications { charge finding }
      seizures { itemType establishment }
    }
    probation { status startDate risk { mappaLevel roshLevel assessedOn } }
  } }
}`;

describe('HMPPS summarisers', () => {
  let repository: HmppsRepository;

  beforeAll(async () => {
    repository = await openTestRepository();
  });

  afterAll(() => repository.close());

  it('gives release dates to the month, establishments to their region and offences to their group', async () => {
    const server = createSubgraphTestServer(hmppsService, {
      repository,
      policy: createFixedPolicy(() => 'SUMMARY'),
    });
    const result = await server.execute(
      SUMMARY_QUERY,
      representationsOf(WELL_KNOWN_NOMINAL_ID),
    );
    expect(result.errors).toBeUndefined();
    const [nominal] = result.data?._entities as Record<
      string,
      Record<string, unknown>
    >[];
    expect(nominal?.custody).toMatchObject({
      status: 'IN_CUSTODY',
      establishment: 'An establishment in North West',
      earliestReleaseDate: '2027-05',
      licenceExpiryDate: '2033-08',
      sentence: { offence: 'Drugs supply', sentenceDate: '2021-11' },
      adjudications: [{ charge: 'Unauthorised article', finding: 'PROVED' }],
    });
    expect(nominal?.custody?.movements).toContainEqual({
      movementDate: '2023-04',
      fromLocation: 'An establishment in North West',
      toLocation: 'An establishment in North West',
      reason: 'TRANSFER',
    });
    expect(nominal?.probation).toEqual({
      status: 'PRE_RELEASE',
      startDate: '2027-05',
      risk: { mappaLevel: 2, roshLevel: 'HIGH', assessedOn: '2023-12' },
    });
    expect(JSON.stringify(result)).not.toContain('Altcourse');
  });

  it('withholds identifiers, names and free text at SUMMARY: they have no sanitised form', async () => {
    const server = createSubgraphTestServer(hmppsService, {
      repository,
      policy: createFixedPolicy(() => 'SUMMARY'),
    });
    const result = await server.execute(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Nominal {
        custody { prisonNumber visits { visitorName } phoneContacts { phoneNumber } seizures { description } }
        probation { crn offenderManager licenceConditions { description } }
      } } }`,
      representationsOf(WELL_KNOWN_NOMINAL_ID),
    );
    const withheld = (result.errors ?? []).map((error) => error.path?.at(-1));
    expect(withheld).toEqual(
      expect.arrayContaining([
        'prisonNumber',
        'visitorName',
        'phoneNumber',
        'description',
        'crn',
        'offenderManager',
      ]),
    );
    expect(JSON.stringify(result.data)).not.toMatch(
      /07700|Quillfeather|Hazelmere/,
    );
  });

  it('names only marked scalar fields of the schema', () => {
    const { schema } = createSubgraphTestServer(hmppsService, { repository });
    for (const coordinate of Object.keys(summarisers)) {
      const [typeName = '', fieldName = ''] = coordinate.split('.');
      const type = schema.getType(typeName);
      const field = isObjectType(type)
        ? type.getFields()[fieldName]
        : undefined;
      expect({
        coordinate,
        leaf: field !== undefined && isLeafType(getNamedType(field.type)),
      }).toEqual({ coordinate, leaf: true });
    }
  });

  it('summarises only values from its own closed lists, withholding anything else', () => {
    expect(
      summarisers['PrisonSentence.offence']?.('Something not on the list'),
    ).toBeNull();
    expect(
      summarisers['PrisonCustody.establishment']?.('HMP Nowhere'),
    ).toBeNull();
    expect(
      summarisers['PrisonCustody.earliestReleaseDate']?.('not a date'),
    ).toBeNull();
    expect(
      summarisers['PrisonMovement.toLocation']?.('Liverpool Crown Court'),
    ).toBe('A court in North West');
  });
});
