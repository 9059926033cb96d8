import { createEntitiesQuery } from '@marsoc/platform/testing';

/** Everything the police subgraph can say about the nominals represented. */
export const PICTURE_QUERY = createEntitiesQuery(`
  id
  police {
    identity {
      pncId croNumber forename surname dateOfBirth gender nationality
      aliases { name type }
    }
    warningMarkers { code description dateAdded }
    arrests { custodyReference arrestedOn offence offenceCategory arrestingForce outcome }
    convictions { convictedOn offence offenceCategory court disposal }
    intelligenceReports {
      reference dateRecorded sourceEvaluation intelligenceAssessment handlingCode
      handlingConditions { kind agencies text }
      originatorAgency classification text sourceDetails
    }
    ocgAffiliations { groupReference groupName role threatScore band mappedOn mappedBy }
    vehicles { vrm make model colour linkType linkedFrom linkedTo }
    addresses { address type fromDate toDate }
  }
`);

/** The canonical criteria APMIS would send. */
export function criteria(changes: Record<string, unknown>): string {
  return JSON.stringify({
    name: null,
    dateOfBirth: null,
    identifier: null,
    limit: 20,
    ...changes,
  });
}
