import {
  createSubgraphTestServer,
  type SubgraphTestServer,
  loadRegisterRules,
} from '@marsoc/platform/testing';
import { type NcaHmrcLoaders } from '../loaders';
import { ncahmrcService } from '../ncahmrcService';
import { summarisers } from '../summarisers';
import { openTestRepository } from './fixtures';

const { isKnownCategory } = loadRegisterRules();
let markedFields: SubgraphTestServer<NcaHmrcLoaders>['markedFields'];
beforeAll(async () => {
  ({ markedFields } = createSubgraphTestServer(ncahmrcService, {
    repository: await openTestRepository(),
    // The register's own category list: a marking naming anything else stops the service.
    isKnownCategory,
  }));
});

describe('the NCA/HMRC schema', () => {
  it('marks every field with a category the register knows, so the service starts', () => {
    expect(markedFields.length).toBeGreaterThan(40);
  });

  it('gives each type to one owner: Hmrc types to HMRC, Nca types to NCA', () => {
    for (const field of markedFields) {
      const expected = field.typeName.startsWith('Hmrc')
        ? 'HMRC'
        : field.typeName.startsWith('Nca')
          ? 'NCA'
          : undefined;
      if (expected !== undefined)
        expect(`${field.coordinate} ${field.marking.owner}`).toBe(
          `${field.coordinate} ${expected}`,
        );
    }
  });

  it('marks every covert-interest field SECRET and NCND-category', () => {
    const covert = markedFields.filter(
      (field) =>
        field.typeName === 'NcaCovertInterest' ||
        field.coordinate === 'NcaRecord.covertInterest',
    );
    expect(covert.length).toBe(5);
    for (const field of covert) {
      expect(field.marking).toEqual({
        owner: 'NCA',
        category: 'NCA_COVERT_INTEREST',
        classification: 'SECRET',
      });
    }
  });

  it('defines no SUMMARY form for any HMRC field (CRCA 2005 s.19: identity can be deduced)', () => {
    const hmrcCoordinates = new Set(
      markedFields
        .filter((field) => field.marking.owner === 'HMRC')
        .map((field) => field.coordinate),
    );
    expect(hmrcCoordinates.size).toBeGreaterThan(20);
    expect(
      Object.keys(summarisers).filter((coordinate) =>
        hmrcCoordinates.has(coordinate),
      ),
    ).toEqual([]);
  });

  it('keys every summariser by a marked coordinate', () => {
    const coordinates = new Set(markedFields.map((field) => field.coordinate));
    expect(
      Object.keys(summarisers).filter(
        (coordinate) => !coordinates.has(coordinate),
      ),
    ).toEqual([]);
  });
});
