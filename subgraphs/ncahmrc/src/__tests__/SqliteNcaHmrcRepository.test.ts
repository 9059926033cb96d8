import { type NcaHmrcRepository } from '../repository/NcaHmrcRepository';
import { DECONFLICTION_ROUTE } from '../synthetic/generateNcaCovertRecords';
import { openTestRepository } from './fixtures';

const UNKNOWN_ID = 'NOM-99999';
let repository: NcaHmrcRepository;

beforeAll(() => {
  repository = openTestRepository();
});

describe('the HMRC half of the store', () => {
  it("holds NOM-00001's taxpayer record under its UTR", () => {
    const [record] = repository.findHmrcRecordsByNominalIds(['NOM-00001']);
    expect(record?.nominalId).toBe('NOM-00001');
    expect(record?.taxReference).toMatch(/^\d{10}$/);
  });

  it('gives NOM-00001 six tax years declaring almost nothing, most recent first (seed 002 L788)', () => {
    const years = repository.findSelfAssessmentsByNominalIds(['NOM-00001']);
    expect(years.map((year) => year.taxYear)).toEqual([
      '2023-24',
      '2022-23',
      '2021-22',
      '2020-21',
      '2019-20',
      '2018-19',
    ]);
    expect(years.every((year) => year.taxDue === 0)).toBe(true);
  });

  it('gives NOM-00001 two directorships, a VAT registration, property and an open criminal investigation', () => {
    const ids = ['NOM-00001'];
    const directorships = repository.findDirectorshipsByNominalIds(ids);
    expect(directorships).toHaveLength(2);
    expect(directorships[0]?.companyNumber).toMatch(/^ZZ\d{6}$/);
    expect(
      repository.findVatRegistrationsByNominalIds(ids)[0]?.vatNumber,
    ).toMatch(/^GB\d{9}$/);
    const assets = repository.findAssetsByNominalIds(ids);
    expect(assets.map((asset) => asset.assetType)).toContain('PROPERTY');
    expect(assets.map((asset) => asset.estimatedValue)).toEqual(
      [...assets.map((asset) => asset.estimatedValue)].sort((a, b) => b - a),
    );
    expect(repository.findInvestigationsByNominalIds(ids)).toEqual([
      expect.objectContaining({
        investigationType: 'CRIMINAL',
        status: 'OPEN',
      }),
    ]);
  });

  it('returns nothing for nominals HMRC does not know, and for an empty batch', () => {
    expect(repository.findHmrcRecordsByNominalIds([UNKNOWN_ID])).toEqual([]);
    expect(repository.findSelfAssessmentsByNominalIds([UNKNOWN_ID])).toEqual(
      [],
    );
    expect(repository.findAssetsByNominalIds([])).toEqual([]);
  });
});

describe('the NCA half of the store', () => {
  it('holds NOM-00001 with a tiering, at least two SARs and the deconfliction flag, but no covert interest', () => {
    const ids = ['NOM-00001'];
    expect(repository.findNcaRecordsByNominalIds(ids)[0]?.ncaReference).toMatch(
      /^NCA\/\d{5}$/,
    );
    expect(repository.findOcgTieringsByNominalIds(ids)).toHaveLength(1);
    expect(
      repository.findSuspiciousActivityReportsByNominalIds(ids).length,
    ).toBeGreaterThanOrEqual(2);
    expect(repository.findDeconflictionsByNominalIds(ids)).toEqual([
      {
        nominalId: 'NOM-00001',
        contactBeforeAction: true,
        route: DECONFLICTION_ROUTE,
      },
    ]);
    expect(repository.findCovertInterestsByNominalIds(ids)).toEqual([]);
  });

  it('holds NOM-00002 with an overt record, tiering, flag and a covert interest marked covert', () => {
    const ids = ['NOM-00002'];
    expect(repository.findNcaRecordsByNominalIds(ids)).toHaveLength(1);
    expect(repository.findOcgTieringsByNominalIds(ids)).toHaveLength(1);
    expect(repository.findDeconflictionsByNominalIds(ids)).toHaveLength(1);
    const [covert] = repository.findCovertInterestsByNominalIds(ids);
    expect(covert?.operationName).toMatch(/^Operation [A-Z ]+$/);
    expect(covert?.marking).toEqual({ covert: true, classification: 'SECRET' });
  });

  it('marks every SAR SECRET and restricted to the NCA and HMRC, most recent first', () => {
    const reports = repository.findSuspiciousActivityReportsByNominalIds([
      'NOM-00001',
    ]);
    for (const report of reports) {
      expect(report.marking).toEqual({
        classification: 'SECRET',
        conditions: [
          { kind: 'RESTRICT_TO_AGENCIES', agencies: ['NCA', 'HMRC'] },
        ],
      });
      expect(Object.keys(report)).not.toContain('reporter');
    }
    const dates = reports.map((report) => report.submittedOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('derives national priority from tier 1 only', () => {
    const ids = Array.from(
      { length: 400 },
      (_, index) => `NOM-${String(index + 1).padStart(5, '0')}`,
    );
    const tierings = repository.findOcgTieringsByNominalIds(ids);
    expect(tierings.length).toBeGreaterThan(50);
    for (const tiering of tierings) {
      expect(tiering.nationalPriority).toBe(tiering.tier === 'TIER_1');
    }
  });

  it('returns every requested nominal in one batch and nothing for unknown ids', () => {
    const found = repository.findNcaRecordsByNominalIds([
      'NOM-00001',
      UNKNOWN_ID,
      'NOM-00002',
    ]);
    expect(found.map((row) => row.nominalId).sort()).toEqual([
      'NOM-00001',
      'NOM-00002',
    ]);
    expect(repository.findCovertInterestsByNominalIds([UNKNOWN_ID])).toEqual(
      [],
    );
    expect(repository.findDeconflictionsByNominalIds([UNKNOWN_ID])).toEqual([]);
    expect(
      repository.findSuspiciousActivityReportsByNominalIds([UNKNOWN_ID]),
    ).toEqual([]);
  });
});
