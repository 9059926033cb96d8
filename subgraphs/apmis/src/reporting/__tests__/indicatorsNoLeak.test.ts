import { createRandom } from '@marsoc/platform';
import { createSubgraphTestServer } from '@marsoc/platform/testing';
import { apmisService } from '../../apmisService';
import { INDICATORS } from '../indicatorCatalog';
import { openEmptyStore } from './indicatorStore';
import { addHiddenRecords, fillRandomStore } from './randomIndicatorStore';

// Seeded, so a failure names a case the same seed makes again.
const CASES = 120;
const SEED = process.env.INDICATORS_NO_LEAK_SEED ?? 'indicators-no-leak-1';

/** Every indicator under every combination of its groupings, as aliases of one operation. */
function everyQuestion(): string {
  const fields = INDICATORS.flatMap((indicator) =>
    Array.from({ length: 2 ** indicator.groupings.length }, (_, mask) => {
      const by = indicator.groupings.filter((_, bit) => mask & (1 << bit));
      return `${indicator.name}_${mask}: indicator(name: ${indicator.name}, by: [${by.join(', ')}]) { region cycle agency breakdown value denominator }`;
    }),
  );
  return `{ performance { ${fields.join('\n')} } }`;
}

describe('no indicator lets a caller infer a record the register keeps from them', () => {
  it(`answers every indicator and grouping alike with and without hidden records, in ${CASES} generated stores, naming no nominal`, async () => {
    const query = everyQuestion();
    const random = createRandom(SEED);
    let hidden = 0;
    let compared = 0;
    for (let index = 0; index < CASES; index += 1) {
      const store = await openEmptyStore();
      try {
        const made = fillRandomStore(store, random);
        const server = createSubgraphTestServer(apmisService, {
          repository: store.repository,
        });
        const before = await server.execute(query);
        expect(before.errors).toBeUndefined();
        hidden += addHiddenRecords(store, random, made);
        const after = await server.execute(query);
        expect({ case: index, data: after.data }).toEqual({
          case: index,
          data: before.data,
        });
        compared += Object.keys(before.data?.performance as object).length;
        const text = JSON.stringify(after.data);
        for (const nominal of made.nominals)
          expect(text).not.toContain(nominal.id);
        expect(text).not.toMatch(
          /DCI|SURNAME|Covert|Moved address|Cash seized/,
        );
      } finally {
        await store.repository.close();
      }
    }
    process.stdout.write(
      `indicators no-leak: ${CASES} stores (seed ${SEED}), ${hidden} hidden records added, ${compared} answers compared\n`,
    );
    expect(hidden).toBeGreaterThanOrEqual(CASES);
  }, 600_000);
});
