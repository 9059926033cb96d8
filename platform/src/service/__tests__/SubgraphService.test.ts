import { parse } from 'graphql';
import { SUBGRAPHS } from '@marsoc/schema';
import { type SubgraphDefinition } from '../../subgraph';
import { defineSubgraphService } from '../SubgraphService';

function definitionNamed(name: string): SubgraphDefinition<string, object> {
  return {
    name,
    typeDefs: parse('type Query { ping: String }'),
    resolvers: {},
    createLoaders: () => ({}),
  };
}

describe('defineSubgraphService', () => {
  it("takes the subgraph's port variable and default port from the contract's list, which the gateway reads too", () => {
    for (const listed of SUBGRAPHS) {
      const service = defineSubgraphService({
        definition: definitionNamed(listed.name),
        entry: '/somewhere/main.ts',
        openRepository: () => 'store',
      });
      expect({
        name: service.name,
        portVariable: service.portVariable,
        defaultPort: service.defaultPort,
      }).toEqual(listed);
    }
  });

  it('refuses, where it is declared, a subgraph the contract does not list', () => {
    expect(() =>
      defineSubgraphService({
        definition: definitionNamed('probation'),
        entry: '/somewhere/main.ts',
        openRepository: () => 'store',
      }),
    ).toThrow(/subgraph 'probation' is not in SUBGRAPHS/);
  });

  it('keeps the opener and grant reader it was given, and cannot be changed afterwards', () => {
    const findGrants = () => () => [];
    const service = defineSubgraphService({
      definition: definitionNamed('ncahmrc'),
      entry: '/somewhere/main.ts',
      openRepository: ({ seed }) => `store for ${seed}`,
      findGrants,
    });
    expect(
      service.openRepository({ dataDirectory: ':memory:', seed: 's', size: 1 }),
    ).toBe('store for s');
    expect(service.findGrants).toBe(findGrants);
    expect(Object.isFrozen(service)).toBe(true);
  });
});
