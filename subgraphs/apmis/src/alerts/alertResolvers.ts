import { badUserInput, createWithheldError } from '@marsoc/platform';
import { type ApmisContext } from '../context';
import { readCohortRequest } from '../resolvers/meetingMutations';
import { type AlertStore, type InboxAlertRow } from './AlertStore';
import { findCallerAddresses } from './alertRecipients';
import { describeAlert } from './describeAlert';
import {
  ALERT_FIELD,
  judgeAlertPart,
  markAlert,
  mayHoldAlert,
} from './judgeAlert';
import { notifyCustodyMovement } from './notifyCustodyMovement';

type Input = Readonly<Record<string, unknown>>;

const ALERT_ID = /^AL-\d{6,12}$/;
const MAX_IDS = 200;

/**
 * The caller's inbox as the register lets them hold it, newest first. The
 * field decision is judged before anything is read: NCND answers as an empty
 * inbox; a decision only a record can lift (DWP's region condition) is left
 * to each alert; any other refusal is the WITHHELD error with its route.
 */
async function readInbox(
  context: ApmisContext,
  alerts: Pick<AlertStore, 'findInbox'>,
): Promise<InboxAlertRow[]> {
  const { marking, decision, reveals } = context.enforcement.decideLookup(
    ALERT_FIELD.cohort,
    'FULL',
  );
  if (!reveals) {
    if (decision.level === 'NCND') return [];
    if (decision.reason !== 'REGION_NOT_PERMITTED')
      throw createWithheldError(marking, decision);
  }
  const { caller } = context;
  return (
    await alerts.findInbox(findCallerAddresses(caller), caller.sub)
  ).filter((alert) => mayHoldAlert(context, alert));
}

/** An alert as its parent row for the marked fields: with its record marking. */
const present = (alert: InboxAlertRow) => ({
  ...alert,
  marking: markAlert(alert),
});

function readAlertIds(ids: unknown): string[] {
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_IDS)
    throw badUserInput(`ids must list 1 to ${MAX_IDS} alert ids.`);
  const bad = ids.filter((id) => typeof id !== 'string' || !ALERT_ID.test(id));
  if (bad.length > 0)
    throw badUserInput('ids must be alert ids (AL- and digits).');
  return [...new Set(ids as string[])];
}

export const alertQueries = {
  /** The caller's own alerts (issue 13 point 5), optionally only the unread. */
  async alerts(
    _: unknown,
    args: { unreadOnly?: boolean | null },
    context: ApmisContext,
  ) {
    return (await readInbox(context, context.loaders.writes.reads.alerts))
      .filter((alert) => !args.unreadOnly || alert.readAt === null)
      .map(present);
  },
};

export const alertMutations = {
  /** HMPPS's notice of a transfer, release or recall; the same receipt for anyone. */
  async notifyCustodyMovement(
    _: unknown,
    args: { input: Input },
    context: ApmisContext,
  ) {
    const request = readCohortRequest(context);
    const nominalId = await context.loaders.writes.transaction((stores) =>
      notifyCustodyMovement(stores, request, args.input),
    );
    const { input } = args;
    return {
      nominalId,
      movement: input.movement,
      movedOn: input.movedOn,
      fromEstablishment: input.fromEstablishment ?? null,
      toEstablishment: input.toEstablishment ?? null,
    };
  },

  /**
   * Marks alerts of the caller's own inbox read, in one transaction. An id
   * not in it (another person's, one the register keeps from the caller, or
   * none at all) is refused alike and nothing is written.
   */
  markAlertsRead(_: unknown, args: { ids: unknown }, context: ApmisContext) {
    const ids = readAlertIds(args.ids);
    const { loaders, caller, enforcement } = context;
    return loaders.writes.transaction(async (stores) => {
      const inbox = new Map(
        (await readInbox(context, stores.alerts)).map((alert) => [
          alert.id,
          alert,
        ]),
      );
      const unknown = ids.filter((id) => !inbox.has(id));
      if (unknown.length > 0)
        throw badUserInput(
          `There is no alert ${unknown.join(', ')} in your inbox; nothing was marked.`,
        );
      await stores.alerts.markRead(ids, caller.sub, enforcement.now);
      return ids.map((id) => {
        const alert = inbox.get(id) as InboxAlertRow;
        return present({ ...alert, readAt: alert.readAt ?? enforcement.now });
      });
    });
  },
};

type PresentedAlert = ReturnType<typeof present>;

export const Alert = {
  read: (alert: PresentedAlert) => alert.readAt !== null,
  nominal: (alert: PresentedAlert) => ({
    id: alert.nominalId,
    marking: alert.marking,
  }),
  text: (alert: PresentedAlert, _: unknown, context: ApmisContext) =>
    describeAlert(alert, {
      movement: judgeAlertPart(context, ALERT_FIELD.movement, alert) === 'FULL',
      disruption:
        judgeAlertPart(context, ALERT_FIELD.disruption, alert) === 'FULL',
    }),
  movement: (alert: PresentedAlert) =>
    alert.movement === null
      ? null
      : {
          nominalId: alert.nominalId,
          marking: alert.marking,
          movement: alert.movement,
          movedOn: alert.movedOn,
          fromEstablishment: alert.fromEstablishment,
          toEstablishment: alert.toEstablishment,
        },
  disruptionRecord: (
    alert: PresentedAlert,
    _: unknown,
    context: ApmisContext,
  ) =>
    alert.kind === 'DISRUPTION_RECORDED' && alert.subjectId !== null
      ? context.loaders.cycle.disruptionRecord.load(alert.subjectId)
      : null,
  transferOutcome: (alert: PresentedAlert) => alert.outcome,
};
