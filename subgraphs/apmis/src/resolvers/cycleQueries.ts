import { badUserInput, createWithheldError, forbidden } from '@marsoc/platform';
import { Region } from '@marsoc/schema';
import { type ApmisContext } from '../context';
import { type CohortTransferRow } from '../repository/CycleRows';
import { DisruptionRecordStatus } from '../repository/cycleVocabulary';

const TRANSFER_ID = /^CT-\d{6,12}$/;

/**
 * Whether the register lets the caller read the records a list holds, judged
 * before anything is read: NCND answers as an empty list, any other refusal
 * with the WITHHELD error, its reason and route.
 */
function mayRead(context: ApmisContext, governedBy: string): boolean {
  const { marking, decision, reveals } = context.enforcement.decideLookup(
    governedBy,
    'SUMMARY',
  );
  if (reveals) return true;
  if (decision.level === 'NCND') return false;
  throw createWithheldError(marking, decision);
}

function readOwnRegion(context: ApmisContext, region: string): Region {
  if (!Region.is(region))
    throw badUserInput(`region must be one of ${Region.values.join(', ')}`);
  if (!context.caller.regions.includes(region))
    throw forbidden(
      `${region} is not one of your regions; ask its MARSOC Regional Lead.`,
    );
  return region;
}

/** Whether the caller is in the transfer's sending or receiving region: nobody else learns of it. */
export function isPartyTo(
  context: ApmisContext,
  transfer: CohortTransferRow,
): boolean {
  const { regions } = context.caller;
  return (
    regions.includes(transfer.fromRegion) || regions.includes(transfer.toRegion)
  );
}

export const cycleQueries = {
  /** A region's disruptions recorded through the gateway, for its hub to moderate (E545, E569). */
  async disruptionRecords(
    _: unknown,
    args: { region: string; status?: string | null },
    context: ApmisContext,
  ) {
    const region = readOwnRegion(context, args.region);
    const status = args.status ?? null;
    if (status !== null && !DisruptionRecordStatus.is(status))
      throw badUserInput(
        `status must be one of ${DisruptionRecordStatus.values.join(', ')}`,
      );
    if (!mayRead(context, 'DisruptionRecord.status')) return [];
    const { cycle } = context.loaders;
    const ids = await cycle.store.findDisruptionRecordIds(region, status);
    const records = await cycle.disruptionRecord.loadMany(ids);
    return records.filter(
      (record) => record !== null && !(record instanceof Error),
    );
  },

  /** Transfers awaiting a decision into or out of one of the caller's regions (E823). */
  async pendingCohortTransfers(
    _: unknown,
    args: { region: string },
    context: ApmisContext,
  ) {
    const region = readOwnRegion(context, args.region);
    if (!mayRead(context, 'CohortTransfer.status')) return [];
    const { cycle } = context.loaders;
    const transfers = await cycle.transfer.loadMany(
      await cycle.store.findPendingTransferIds(region),
    );
    return transfers.filter(
      (transfer) => transfer !== null && !(transfer instanceof Error),
    );
  },

  /** One transfer, for its two regions only; anyone else gets what an unknown id gets. */
  async cohortTransfer(
    _: unknown,
    args: { id: string },
    context: ApmisContext,
  ): Promise<CohortTransferRow | null> {
    if (!TRANSFER_ID.test(args.id))
      throw badUserInput('id must be a transfer id (CT- and digits).');
    if (!mayRead(context, 'CohortTransfer.status')) return null;
    const transfer = await context.loaders.cycle.transfer.load(args.id);
    return transfer !== null && isPartyTo(context, transfer) ? transfer : null;
  },
};
