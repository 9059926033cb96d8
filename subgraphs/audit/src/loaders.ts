import DataLoader from 'dataloader';
import { type Access, findAccessesTo } from '@marsoc/platform';
import { type AuditLogRepository } from './repository/AuditLogRepository';

/** One question to the log: accesses to a nominal, less one person's own. */
export interface AccessQuery {
  nominalId: string;
  /** The auditor asking: no one audits their own activity (PND Code). */
  excludeActorSub: string;
}

/** Created per request, never shared: the answer depends on who asks. */
export interface AuditLoaders {
  /** Newest first. */
  accessesTo: DataLoader<AccessQuery, Access[], string>;
}

export function createLoaders(repository: AuditLogRepository): AuditLoaders {
  return {
    accessesTo: new DataLoader<AccessQuery, Access[], string>(
      async (queries) => {
        // One read of the log answers every question the request asks.
        const about = await repository.readRecordsAbout(
          queries.map((query) => query.nominalId),
        );
        return queries.map((query, index) =>
          findAccessesTo(about[index] ?? [], query.nominalId, {
            excludeActorSub: query.excludeActorSub,
          }).reverse(),
        );
      },
      {
        cacheKeyFn: (query) =>
          JSON.stringify([query.excludeActorSub, query.nominalId]),
      },
    ),
  };
}
