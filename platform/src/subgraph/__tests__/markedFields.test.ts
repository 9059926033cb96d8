import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { assembleSubgraphSdl } from '@marsoc/schema';
import { collectMarkedFields } from '../markedFields';

const KNOWN = new Set(['IDENTITY', 'CUSTODY']);
const collect = (sdl: string, unmarkedTypes: string[] = []) =>
  collectMarkedFields(
    buildSubgraphSchema({ typeDefs: parse(assembleSubgraphSdl(sdl)) }),
    {
      isKnownCategory: (category) => KNOWN.has(category),
      unmarkedTypes,
    },
  );

const MARK =
  '@marking(owner: "POLICE", category: "IDENTITY", classification: "OFFICIAL_SENSITIVE")';

describe('the start-up check of markings', () => {
  it('reads every marking and exempts the entity key', () => {
    const fields = collect(`
      type Query { nominal(id: ID!): Nominal }
      type Nominal @key(fields: "id") { id: ID! name: String ${MARK} }
    `);
    expect(fields).toEqual([
      expect.objectContaining({
        coordinate: 'Nominal.name',
        marking: {
          owner: 'POLICE',
          category: 'IDENTITY',
          classification: 'OFFICIAL_SENSITIVE',
        },
        returnsList: false,
        returnsObjects: false,
      }),
    ]);
  });

  it('refuses a schema with an unmarked field, naming it', () => {
    expect(() =>
      collect(
        `type Query { nominal(id: ID!): Nominal } type Nominal @key(fields: "id") { id: ID! name: String }`,
      ),
    ).toThrow('Nominal.name has no @marking');
  });

  it('refuses a marked field that is non-null, naming it', () => {
    expect(() =>
      collect(
        `type Query { nominal(id: ID!): Nominal } type Nominal @key(fields: "id") { id: ID! name: String! ${MARK} }`,
      ),
    ).toThrow(
      'Nominal.name is marked but non-null; protected fields must be nullable',
    );
  });

  it('refuses an owner, category or classification outside the vocabulary and register', () => {
    expect(() =>
      collect(`type Query { a: A } type A {
        x: String @marking(owner: "MI5", category: "IDENTITY", classification: "OFFICIAL")
        y: String @marking(owner: "POLICE", category: "GOSSIP", classification: "OFFICIAL")
        z: String @marking(owner: "POLICE", category: "IDENTITY", classification: "RESTRICTED")
      }`),
    ).toThrow(
      /A\.x @marking owner MI5 is not an Agency[\s\S]*A\.y @marking category GOSSIP is not in the register[\s\S]*A\.z @marking classification RESTRICTED/,
    );
  });

  it('skips only the types named as holding no agency data', () => {
    expect(
      collect(`type Query { me: Me } type Me { name: String }`, ['Me']),
    ).toEqual([]);
    expect(() =>
      collect(`type Query { me: Me } type Me { name: String }`),
    ).toThrow('Me.name has no @marking');
  });
});
