import { parse } from 'graphql';
import {
  assembleSubgraphSdl,
  type Decision,
  type DisclosureLevel,
  type PolicyEngine,
} from '@marsoc/schema';
import { createSilentLogger } from '../../logging/createLogger';
import { TEST_CALLER, TEST_PURPOSE } from '../../testing';
import { createSubgraphServer } from '../createSubgraphServer';

const mark = (category: string) =>
  `@marking(owner: "POLICE", category: "${category}", classification: "OFFICIAL")`;
const SDL = `
  type Query { record(id: ID!): Record }
  type Record {
    name: String ${mark('FULL_CAT')}
    dateOfBirth: String ${mark('SUMMARY_CAT')}
    secret: String ${mark('SUMMARY_CAT')}
    tags: [String!] ${mark('SUMMARY_CAT')}
    held: String ${mark('EXISTENCE_CAT')}
    notHeld: String ${mark('EXISTENCE_CAT')}
    withheld: String ${mark('WITHHELD_CAT')}
    hidden: String ${mark('NCND_CAT')}
    hiddenList: [String!] ${mark('NCND_CAT')}
    reports: [Report!] ${mark('FULL_CAT')}
  }
  type Report { text: String ${mark('FULL_CAT')} }
`;
const ROW = {
  nominalId: 'NOM-1',
  name: 'Ada',
  dateOfBirth: '1987-03-05',
  secret: 'source',
  tags: ['a', 'b'],
  held: 'value',
  notHeld: null,
  withheld: 'value',
  hidden: 'value',
  hiddenList: ['value'],
  reports: [
    { nominalId: 'NOM-1', text: 'open' },
    { nominalId: 'NOM-1', text: 'covert', marking: { covert: true } },
    { nominalId: 'NOM-1', text: 'consent', marking: { originator: 'HMPPS' } },
  ],
};

function decision(level: DisclosureLevel): Decision {
  return {
    level,
    reason: level === 'FULL' ? 'PERMITTED' : 'NO_AGREEMENT',
    rules: ['r'],
    obligations: [],
    route: 'Ask.',
    grantable: false,
  };
}

/** Field level from the category's name; records: covert is NCND, another originator's is EXISTENCE. */
const policy: PolicyEngine = {
  registerVersion: 'test',
  decide: (_caller, _purpose, marking) =>
    decision(marking.category.replace('_CAT', '') as DisclosureLevel),
  precompute(caller, purpose, markings) {
    const decisions = markings.map((marking) =>
      decision(marking.category.replace('_CAT', '') as DisclosureLevel),
    );
    return {
      caller,
      purpose,
      field: (index) => decisions[index] ?? decision('WITHHELD'),
      record: ({ field, record }) =>
        record?.covert
          ? decision('NCND')
          : record?.originator
            ? decision('EXISTENCE')
            : field,
    };
  },
};

async function respond(query: string) {
  const server = createSubgraphServer(
    {
      name: 'test',
      typeDefs: parse(assembleSubgraphSdl(SDL)),
      resolvers: { Query: { record: () => ROW } },
      createLoaders: () => ({}),
      summarisers: {
        'Record.dateOfBirth': (value) => String(value).slice(0, 4),
      },
    },
    {
      repository: {},
      policy,
      isKnownCategory: () => true,
      log: createSilentLogger(),
    },
  );
  const response = await server.apollo.executeOperation(
    { query },
    {
      contextValue: server.createContext({
        caller: TEST_CALLER,
        purpose: TEST_PURPOSE,
        requestId: 'r',
      }),
    },
  );
  if (response.body.kind !== 'single')
    throw new Error('single result expected');
  return { http: response.http, result: response.body.singleResult };
}

async function run(query: string) {
  return (await respond(query)).result;
}

describe('enforcement of each disclosure level', () => {
  it("releases FULL and summarises SUMMARY through the coordinate's summariser", async () => {
    const result = await run('{ record(id: "1") { name dateOfBirth } }');
    expect(result.data).toEqual({
      record: { name: 'Ada', dateOfBirth: '1987' },
    });
    expect(result.errors).toBeUndefined();
  });

  it('withholds a SUMMARY scalar, or scalar list, that has no summary form (fail closed)', async () => {
    const result = await run('{ record(id: "1") { secret tags } }');
    expect(result.data).toEqual({ record: { secret: null, tags: null } });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual([
      'WITHHELD',
      'WITHHELD',
    ]);
  });

  it('answers EXISTENCE with null and a held error only when something is held', async () => {
    const result = await run('{ record(id: "1") { held notHeld } }');
    expect(result.data).toEqual({ record: { held: null, notHeld: null } });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({
      path: ['record', 'held'],
      extensions: {
        code: 'WITHHELD',
        owner: 'POLICE',
        category: 'EXISTENCE_CAT',
        held: true,
        route: 'Ask.',
      },
    });
  });

  it('answers WITHHELD with null and an error that says nothing of existence', async () => {
    const result = await run('{ record(id: "1") { withheld } }');
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'WITHHELD',
      owner: 'POLICE',
      category: 'WITHHELD_CAT',
      reason: 'NO_AGREEMENT',
      route: 'Ask.',
    });
  });

  it('answers NCND exactly as absence: null, an empty list, no error, nothing in the disclosure report', async () => {
    const result = await run('{ record(id: "1") { hidden hiddenList } }');
    expect(result).toEqual({
      data: { record: { hidden: null, hiddenList: [] } },
      extensions: { disclosure: { registerVersion: 'test', entries: [] } },
    });
  });

  it('drops list items the caller may not see without a gap, a count or an error', async () => {
    const result = await run('{ record(id: "1") { reports { text } } }');
    expect(result.data).toEqual({ record: { reports: [{ text: 'open' }] } });
    expect(result.errors).toBeUndefined();
    const entries = (
      result.extensions?.disclosure as {
        entries: { category: string; held: string[] }[];
      }
    ).entries;
    // The other originator's report may be known to exist (EXISTENCE), by category only.
    expect(
      entries.find((entry) => entry.category === 'FULL_CAT')?.held,
    ).toEqual(['Record.reports']);
    expect(JSON.stringify(result)).not.toContain('covert');
  });
});

describe('what an owner answer says about caching', () => {
  it('names no cache policy of its own, so the HTTP server sends no-store for released, withheld and NCND answers alike', async () => {
    const queries = [
      '{ record(id: "1") { name } }',
      '{ record(id: "1") { secret } }',
      '{ record(id: "1") { hidden } }',
    ];
    for (const query of queries) {
      const { http } = await respond(query);
      expect(http.headers.get('cache-control')).toBeUndefined();
    }
    expect(queries).toHaveLength(3);
  });
});
