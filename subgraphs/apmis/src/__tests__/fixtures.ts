import { DEFAULT_SEED } from '@marsoc/platform';
import { createEntitiesQuery } from '@marsoc/platform/testing';
import { type ApmisRepository } from '../repository/ApmisRepository';
import { openApmisRepository } from '../repository/openApmisRepository';

/** A small seeded in-memory store: the 129 nominations and some others. */
export function openTestRepository(
  seed = DEFAULT_SEED,
): Promise<ApmisRepository> {
  return openApmisRepository({ dataDirectory: ':memory:', seed, size: 200 });
}

/** Every APMIS field of a nominal, for whole-picture comparisons. */
export const PICTURE_FIELDS = `
  id
  apmis { apmisReference name dateOfBirth region owningUnit }
  socThreats { id threatType threatArea morileScore morileConfidence tier moderationStatus owningUnit phase assessedOn }
  disruptions { id date leadAgency supportingAgencies recordingAgency fourP assessment description marsocFlag arrests }
  cohort { status region nominatingAgency supervisionAtNomination cycleNominated cycleDeselected }
`;

export const ENTITIES_QUERY = createEntitiesQuery(PICTURE_FIELDS);
