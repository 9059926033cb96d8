import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import {
  createFixedPolicy,
  createSubgraphTestServer,
} from '@marsoc/platform/testing';
import { type ApmisRepository } from '../repository/ApmisRepository';
import { SANITISED_DISRUPTION_LINE, summarisers } from '../summarisers';
import { openTestRepository } from './fixtures';
import { apmisService } from '../apmisService';

let repository: ApmisRepository;
beforeAll(async () => {
  repository = await openTestRepository();
});
afterAll(() => repository.close());

describe('APMIS summarisers', () => {
  it('reduce a date of birth to its year', () => {
    expect(summarisers['ApmisNominalRecord.dateOfBirth']?.('1987-03-05')).toBe(
      '1987',
    );
    expect(summarisers['ApmisNominalRecord.dateOfBirth']?.(42)).toBeNull();
  });

  it('replace a disruption description with one generic line whatever it said', () => {
    const summarise = summarisers['ApmisDisruption.description'];
    expect(
      summarise?.(
        'Subject arrested on suspicion of conspiracy to supply controlled drugs.',
      ),
    ).toBe(SANITISED_DISRUPTION_LINE);
    expect(summarise?.('Anything else at all')).toBe(SANITISED_DISRUPTION_LINE);
  });

  it('give a SUMMARY caller the year of birth and the sanitised line, and withhold fields with no summary form', async () => {
    const server = createSubgraphTestServer(apmisService, {
      repository,
      policy: createFixedPolicy(() => 'SUMMARY'),
    });
    const result = await server.execute(
      `{ nominal(id: "${WELL_KNOWN_NOMINAL_ID}") { apmis { dateOfBirth name } disruptions { description } } }`,
    );
    const nominal = result.data?.nominal as {
      apmis: { dateOfBirth: string; name: string | null };
      disruptions: { description: string }[];
    };
    expect(nominal.apmis.dateOfBirth).toMatch(/^\d{4}$/);
    expect(nominal.apmis.name).toBeNull();
    expect(
      new Set(nominal.disruptions.map((disruption) => disruption.description)),
    ).toEqual(new Set([SANITISED_DISRUPTION_LINE]));
    expect(result.errors?.map((error) => error.path?.join('.'))).toContain(
      'nominal.apmis.name',
    );
  });
});
