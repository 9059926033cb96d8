import { type NcaHmrcRepository } from '../repository/NcaHmrcRepository';
import { openTestRepository } from './fixtures';

describe('what each owner holds of a nominal, as a disclosure request reads it', () => {
  let repository: NcaHmrcRepository;
  beforeAll(async () => {
    repository = await openTestRepository();
  });
  const held = async (owner: 'HMRC' | 'NCA' | 'POLICE', nominalId: string) =>
    [...(await repository.findHeldCategories(owner, nominalId))].sort();

  it('names each category whose base record the owner has, covert interest included', async () => {
    expect(await held('NCA', 'NOM-00002')).toEqual(
      expect.arrayContaining(['NCA_COVERT_INTEREST', 'NCA_INTEREST']),
    );
    expect(await held('NCA', 'NOM-00001')).not.toContain('NCA_COVERT_INTEREST');
    expect(await held('HMRC', 'NOM-00001')).toContain('TAX');
  });

  it('agrees with the records themselves for every nominal of the store', async () => {
    const seen = { tax: 0, investigated: 0, covert: 0 };
    for (let index = 1; index <= 150; index += 1) {
      const nominalId = `NOM-${String(index).padStart(5, '0')}`;
      const tax =
        (await repository.findHmrcRecordsByNominalIds([nominalId])).length > 0;
      const investigated =
        (await repository.findInvestigationsByNominalIds([nominalId])).length >
        0;
      const covert =
        (await repository.findCovertInterestsByNominalIds([nominalId])).length >
        0;
      seen.tax += Number(tax);
      seen.investigated += Number(investigated);
      seen.covert += Number(covert);
      const categories = await repository.findHeldCategories('HMRC', nominalId);
      expect([
        categories.has('TAX'),
        categories.has('TAX_INVESTIGATIONS'),
      ]).toEqual([tax, investigated]);
      expect(
        (await repository.findHeldCategories('NCA', nominalId)).has(
          'NCA_COVERT_INTEREST',
        ),
      ).toBe(covert);
    }
    // Both answers occur, so the comparison is not of empty sets.
    expect(Object.values(seen).every((count) => count > 0 && count < 150)).toBe(
      true,
    );
  });

  it('holds nothing of a made-up nominal, or for an owner not kept here', async () => {
    expect(await held('NCA', 'NOM-9999999')).toEqual([]);
    expect(await held('POLICE', 'NOM-00001')).toEqual([]);
  });
});
