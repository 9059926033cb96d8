import { createSubgraphTestServer } from '@marsoc/platform/testing';
import { type SqliteDatabase } from '@marsoc/platform/store';
import { type Caller } from '@marsoc/schema';
import { createPolicyEngine } from '@marsoc/schema/policy';
import { loadRegister } from '@marsoc/schema/register';
import { apmisService } from '../../apmisService';
import { type ApmisRepository } from '../../repository/ApmisRepository';
import {
  COHORT_MANAGEMENT,
  HMPPS_OFFICER,
  NORTH_WEST_LEAD,
  SRO_MEMBER,
} from '../../__tests__/cohortTestKit';
import { type Execute } from '../../__tests__/forumTestKit';

/** The alert tables, for "nothing was written" comparisons. */
const ALERT_TABLES = [
  'alert',
  'alert_recipient',
  'alert_read',
  'custody_notice',
  'custody_notice_write',
] as const;

export function dumpAlerts(
  database: SqliteDatabase,
): Record<string, unknown[]> {
  return Object.fromEntries(
    ALERT_TABLES.map((table) => [
      table,
      database.prepare(`SELECT * FROM ${table} ORDER BY 1`).all(),
    ]),
  );
}

/** The SRO the forum kit names on acceptance, as a caller: their token's name and unit. */
export const SRO: Caller = {
  ...NORTH_WEST_LEAD,
  sub: SRO_MEMBER.sub,
  name: SRO_MEMBER.name,
  agency: 'POLICE',
  unit: SRO_MEMBER.unit,
  roles: ['SRO'],
  vetting: 'SC',
};

/** HMP Altcourse's security department (the prison-intel persona's unit). */
export const ALTCOURSE_SECURITY: Caller = {
  ...HMPPS_OFFICER,
  sub: 'test-altcourse-security',
  unit: 'HMP Altcourse Security Department',
  roles: ['INTELLIGENCE_OFFICER'],
};

export const NORTH_EAST_LEAD: Caller = {
  ...NORTH_WEST_LEAD,
  sub: 'test-north-east-lead',
  unit: 'MARSOC North East Hub',
  regions: ['NORTH_EAST'],
};

export const INBOX = `query ($unreadOnly: Boolean) { alerts(unreadOnly: $unreadOnly) {
  id kind raisedAt read region text toRegion transferOutcome nominal { id }
  movement { movement movedOn fromEstablishment toEstablishment } } }`;
export const NOTIFY = `mutation ($input: CustodyMovementNoticeInput!) { notice: notifyCustodyMovement(input: $input) {
  nominalId movement movedOn fromEstablishment toEstablishment } }`;
export const MARK_READ = `mutation ($ids: [ID!]!) { marked: markAlertsRead(ids: $ids) { id read } }`;

export interface InboxAlert {
  id: string;
  kind: string;
  read: boolean;
  region: string;
  text: string;
  nominal: { id: string };
  movement: Record<string, string | null> | null;
}

/** The register as the services load it: alerts are judged by the real rules. */
export const REGISTER_POLICY = createPolicyEngine(loadRegister());

/** The APMIS subgraph over `repository` under the register, run as callers for COHORT_MANAGEMENT. */
export function createAlertHarness(repository: ApmisRepository) {
  const server = createSubgraphTestServer(apmisService, {
    repository,
    policy: REGISTER_POLICY,
  });
  const execute: Execute = (query, variables, context) =>
    server.execute(query, variables, context);
  const run = (
    caller: Caller,
    query: string,
    variables: Record<string, unknown> = {},
  ) => execute(query, variables, { caller, purpose: COHORT_MANAGEMENT });
  return {
    execute,
    run,
    async inbox(caller: Caller, unreadOnly = false): Promise<InboxAlert[]> {
      const result = await run(caller, INBOX, { unreadOnly });
      expect(result.errors).toBeUndefined();
      return (result.data?.alerts ?? []) as InboxAlert[];
    },
    notify(input: Record<string, unknown>, caller: Caller = HMPPS_OFFICER) {
      return run(caller, NOTIFY, { input });
    },
  };
}

let noticeCount = 0;
/** A custody notice's input, with a client request id of its own. */
export function noticeOf(
  nominalId: string,
  movement: Record<string, unknown>,
): Record<string, unknown> {
  noticeCount += 1;
  return {
    nominalId,
    movedOn: new Date().toISOString().slice(0, 10),
    clientRequestId: `alert-kit-notice-${noticeCount}`,
    ...movement,
  };
}
