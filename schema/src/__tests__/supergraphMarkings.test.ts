import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMarkingProblem } from '../policy';
import { loadRegister } from '../register';
import {
  findUnmarkedFields,
  readSupergraphMarkings,
} from '../supergraphMarkings';

const committedSupergraph = readFileSync(
  join(__dirname, '..', '..', 'supergraph.graphql'),
  'utf8',
);

const SMALL_SUPERGRAPH = `
schema @link(url: "https://specs.apollo.dev/link/v1.0") { query: RootQuery }
directive @marking(owner: String!, category: String!, classification: String!) on FIELD_DEFINITION
directive @join__type(graph: String!, key: String) repeatable on OBJECT
type RootQuery { nominal(id: ID!): Nominal }
type Nominal @join__type(graph: "HMRC", key: "id") @join__type(graph: "POLICE", key: "id") {
  id: ID!
  hmrc: HmrcRecord @marking(owner: "HMRC", category: "TAX", classification: "OFFICIAL_SENSITIVE")
}
type HmrcRecord {
  taxReference: String @marking(owner: "HMRC", category: "TAX", classification: "OFFICIAL_SENSITIVE")
  investigations: [String!] @marking(owner: "HMRC", category: "TAX", classification: "SECRET")
  note: String
}
type join__Thing { graph: String }
`;

describe('readSupergraphMarkings', () => {
  it('reads each marked field of an inline supergraph in document order', () => {
    expect(readSupergraphMarkings(SMALL_SUPERGRAPH)).toEqual([
      {
        coordinate: 'Nominal.hmrc',
        typeName: 'Nominal',
        fieldName: 'hmrc',
        marking: {
          owner: 'HMRC',
          category: 'TAX',
          classification: 'OFFICIAL_SENSITIVE',
        },
      },
      {
        coordinate: 'HmrcRecord.taxReference',
        typeName: 'HmrcRecord',
        fieldName: 'taxReference',
        marking: {
          owner: 'HMRC',
          category: 'TAX',
          classification: 'OFFICIAL_SENSITIVE',
        },
      },
      {
        coordinate: 'HmrcRecord.investigations',
        typeName: 'HmrcRecord',
        fieldName: 'investigations',
        marking: { owner: 'HMRC', category: 'TAX', classification: 'SECRET' },
      },
    ]);
  });

  it('reports unmarked fields but exempts key fields, the root type and federation types', () => {
    expect(findUnmarkedFields(SMALL_SUPERGRAPH)).toEqual(['HmrcRecord.note']);
  });

  it('treats only the top-level names of a nested key as key fields', () => {
    const sdl = `
      directive @key(fields: String!) repeatable on OBJECT
      type Person @key(fields: "id organisation { code }") {
        id: ID!
        organisation: String
        code: String
      }`;
    expect(findUnmarkedFields(sdl)).toEqual(['Person.code']);
  });

  it('refuses a marking whose owner is not an agency, naming the field', () => {
    const sdl = `type Thing { value: String @marking(owner: "MI5", category: "TAX", classification: "OFFICIAL") }`;
    expect(() => readSupergraphMarkings(sdl)).toThrow(
      /Thing\.value @marking owner MI5 is not an Agency/,
    );
  });

  it('refuses a marking whose classification is unknown, naming the field', () => {
    const sdl = `type Thing { value: String @marking(owner: "HMRC", category: "TAX", classification: "RESTRICTED") }`;
    expect(() => readSupergraphMarkings(sdl)).toThrow(
      /Thing\.value @marking classification RESTRICTED/,
    );
  });
});

describe('the committed supergraph', () => {
  it('marks every non-key field of every agency type; only the caller profile is unmarked', () => {
    // CallerProfile holds the caller's own claims (subgraphs/apmis unmarkedTypes.ts).
    const unmarked = findUnmarkedFields(committedSupergraph);
    expect(unmarked.length).toBeGreaterThan(0);
    expect(
      unmarked.filter((coordinate) => !coordinate.startsWith('CallerProfile.')),
    ).toEqual([]);
  });

  it('carries markings the register can decide on', () => {
    const register = loadRegister();
    const markings = readSupergraphMarkings(committedSupergraph);
    expect(markings.length).toBeGreaterThan(100);
    const problems = markings.flatMap(({ coordinate, marking }) => {
      const problem = findMarkingProblem(register, marking);
      return problem ? [`${coordinate}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  // HMRC tax is personal data and plain OFFICIAL: CRCA 2005 s.18-19 protects it
  // through the register, not through a higher marking; what the content earns
  // (an open investigation, a covert interest) is SECRET (issue 16 point 5;
  // docs/classification.md).
  it('marks HMRC tax, HMRC investigations and NCA covert interest as the policy says', () => {
    const byCoordinate = new Map(
      readSupergraphMarkings(committedSupergraph).map((found) => [
        found.coordinate,
        found.marking,
      ]),
    );
    expect(byCoordinate.get('HmrcRecord.taxReference')).toEqual({
      owner: 'HMRC',
      category: 'TAX',
      classification: 'OFFICIAL',
    });
    expect(byCoordinate.get('Nominal.hmrcInvestigations')?.classification).toBe(
      'SECRET',
    );
    expect(byCoordinate.get('NcaRecord.covertInterest')).toEqual({
      owner: 'NCA',
      category: 'NCA_COVERT_INTEREST',
      classification: 'SECRET',
    });
    expect(byCoordinate.has('Nominal.id')).toBe(false);
  });
});
