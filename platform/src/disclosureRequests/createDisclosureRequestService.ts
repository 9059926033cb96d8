import { randomUUID } from 'node:crypto';
import { type RequestPurpose, DisclosureUrgency } from '@marsoc/schema';
import { badUserInput, createCodedError, ErrorCode } from '../errors';
import {
  reopenDisclosureRequest,
  withdrawDisclosureRequest,
} from './changeDisclosureRequest';
import { computeRequestFigures } from './computeRequestFigures';
import { decideDisclosureRequest } from './decideDisclosureRequest';
import {
  type DisclosureRequestCall,
  type DisclosureRequestService,
  type DisclosureRequestServiceOptions,
  type FigureQuestion,
} from './DisclosureRequestService';
import { listDisclosureRequests } from './listDisclosureRequests';
import { raiseDisclosureRequest } from './raiseDisclosureRequest';
import { type FigurePeriod, readFigureQuestion } from './readFigureQuestion';
import { toExpiryEvent } from './readRequestAsOf';

/**
 * The owner's side of disclosure requests over one store. It refuses to be
 * built without a deadline for every urgency and a legal basis for every
 * owner it serves (a register without them is a start-up error, not a refusal
 * at the first request). Every write first stores the expiry of what is
 * overdue at the request's clock reading, so no one decides or withdraws a
 * request whose deadline has passed; a read (a listing, a history, the
 * figures) sees the same expiries as of its clock and writes nothing.
 */
export function createDisclosureRequestService(
  options: DisclosureRequestServiceOptions,
): DisclosureRequestService {
  assertRules(options);
  const wired = {
    ...options,
    createId: options.createId ?? (() => `DR-${randomUUID()}`),
  };
  const { store } = options;
  /** Every call states why; a write then sees no request pending past its deadline. */
  const act = async <Result>(
    what: string,
    call: DisclosureRequestCall,
    work: (
      asked: DisclosureRequestCall & { purpose: RequestPurpose },
    ) => Promise<Result>,
    writes = true,
  ): Promise<Result> => {
    const asked = withPurpose(call, what);
    if (writes) await store.expireOverdue(new Date(call.now).toISOString());
    return work(asked);
  };
  return {
    raise: (input, call) =>
      act('Raising a disclosure request', call, (asked) =>
        raiseDisclosureRequest(wired, input, asked),
      ),
    list: (listing, call) =>
      act(
        'Listing disclosure requests',
        call,
        (asked) => listDisclosureRequests(options, listing, asked),
        false,
      ),
    decide: (input, call) =>
      act('Deciding a disclosure request', call, (asked) =>
        decideDisclosureRequest(options, input, asked),
      ),
    withdraw: (id, call) =>
      act('Withdrawing a disclosure request', call, (asked) =>
        withdrawDisclosureRequest(options, id, asked),
      ),
    reopen: (input, call) =>
      act('Re-opening a disclosure request', call, (asked) =>
        reopenDisclosureRequest(options, input, asked),
      ),
    assertFigureQuestion(question) {
      readPeriod(question, options);
    },
    figures(question, now) {
      return countPeriod(options, readPeriod(question, options), now);
    },
    async noteGrantsUsed(grantIds, now) {
      if (grantIds.length === 0) return;
      await store.noteGrantsUsed(
        grantIds,
        new Date(now).toISOString().slice(0, 10),
      );
    },
  };
}

function assertRules(options: DisclosureRequestServiceOptions): void {
  const { deadlines, legalBases } = options.rules;
  const missing = DisclosureUrgency.values.find(
    (urgency) => !deadlines.has(urgency),
  );
  if (missing !== undefined)
    throw new Error(
      `the register's disclosureRequests.yaml gives no deadline for ${missing}`,
    );
  const bases = [...legalBases.values()];
  const bare = options.owners.find(
    (owner) => !bases.some((basis) => basis.owner === owner),
  );
  if (bare !== undefined)
    throw new Error(
      `the register's disclosureRequests.yaml lists no legal basis for ${bare}`,
    );
}

/** A request touches a nominal, so like any such operation it states why. */
function withPurpose(
  call: DisclosureRequestCall,
  what: string,
): DisclosureRequestCall & { purpose: RequestPurpose } {
  const { purpose } = call;
  if (purpose) return { ...call, purpose };
  throw createCodedError(
    ErrorCode.PURPOSE_REQUIRED,
    `${what} touches a nominal: state a purpose and justification.`,
  );
}

function readPeriod(
  question: FigureQuestion,
  options: DisclosureRequestServiceOptions,
): FigurePeriod {
  const reading = readFigureQuestion(question, options.owners);
  if (reading.ok) return reading.period;
  throw badUserInput(
    ['Disclosure request figures refused.', ...reading.problems].join(' '),
  );
}

/** Counted as of `now`: an overdue request counts as expired at its deadline, unwritten. */
async function countPeriod(
  options: DisclosureRequestServiceOptions,
  period: FigurePeriod,
  now: string,
) {
  const { store } = options;
  const overdue = await store.findOverdueRequests(
    period.owner,
    new Date(now).toISOString(),
  );
  const unwritten = overdue
    .filter(
      ({ respondBy }) => respondBy >= period.start && respondBy < period.end,
    )
    .map((request) => ({ ...toExpiryEvent(request), region: request.region }));
  const inRegion = <Row extends { region: string }>(rows: Row[]): Row[] =>
    period.region === null
      ? rows
      : rows.filter((row) => row.region === period.region);
  const counted = computeRequestFigures(
    inRegion([
      ...(await store.findEvents(period.owner, period.start, period.end)),
      ...unwritten,
    ]),
    inRegion(
      await store.countGrantsUsed(
        period.owner,
        period.start.slice(0, 10),
        period.end.slice(0, 10),
      ),
    ),
  );
  return { owner: period.owner, from: period.from, to: period.to, ...counted };
}
