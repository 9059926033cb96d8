import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SUBGRAPHS } from '@marsoc/schema';
import { findSubgraphService, SUBGRAPH_SERVICES } from '../subgraphServices';

describe('the one list of subgraph services', () => {
  it("holds every subgraph the contract lists, once, in the contract's order", () => {
    expect(SUBGRAPH_SERVICES.map((service) => service.name)).toEqual(
      SUBGRAPHS.map(({ name }) => name),
    );
  });

  it.each(SUBGRAPHS.map(({ name }) => [name]))(
    'finds %s under its own name, built from its own definition, started by its own main.ts',
    (name) => {
      const service = findSubgraphService(name);
      expect(service.name).toBe(name);
      expect(service.definition.name).toBe(name);
      const entry = join(__dirname, '..', name, 'src', 'main.ts');
      expect(service.entry).toBe(entry);
      expect(existsSync(entry)).toBe(true);
    },
  );

  it('has every owner read its grants from its own store, and only the audit none (it grants nothing)', () => {
    expect(
      SUBGRAPH_SERVICES.filter((service) => service.findGrants).map(
        (service) => service.name,
      ),
    ).toEqual(['police', 'hmpps', 'ncahmrc', 'apmis']);
  });

  it("keeps every owner's store in DATABASE_URL when it is set, and never the audit's (it has none)", () => {
    const shared = SUBGRAPH_SERVICES.filter(
      (service) => service.sharedStore === true,
    ).map((service) => service.name);
    expect(shared).toEqual(['police', 'hmpps', 'ncahmrc', 'apmis']);
  });
});
