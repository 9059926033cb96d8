import { type SubgraphContext } from '../subgraph';
import {
  type RequestFigures,
  type RegionFigures,
} from './computeRequestFigures';
import { type DisclosureLoaders } from './createDisclosureLoaders';
import { type DisclosureRequestRecord } from './DisclosureRequestRecord';
import { type RequestEvent } from './DisclosureRequestRepository';
import { type FigureQuestion } from './DisclosureRequestService';
import { readHistoryAsOf } from './readRequestAsOf';

type DeskContext = SubgraphContext<DisclosureLoaders>;

/**
 * The question a figures root field accepted, a fresh object for each request;
 * its AGGREGATES fields count only once the enforcement lets them resolve, so
 * a caller the register refuses never causes a count.
 */
export type FigureReportRoot = FigureQuestion;

/** One count per report, however many of its fields are asked for. */
const counted = new WeakMap<FigureReportRoot, Promise<RequestFigures>>();

function countOnce(
  question: FigureReportRoot,
  context: DeskContext,
): Promise<RequestFigures> {
  let figures = counted.get(question);
  if (!figures) {
    figures = context.loaders.requests.figures(
      question,
      context.enforcement.now,
    );
    counted.set(question, figures);
  }
  return figures;
}

/**
 * The resolvers of the request types every owner-serving subgraph shares
 * (DisclosureRequest, DisclosureRequestFigureReport): the same in each, as
 * federation's shareable value types must answer alike.
 */
export const disclosureRequestTypeResolvers = {
  DisclosureRequest: {
    /** Who did what and when, as of the request's clock; the request was already the caller's to read. */
    async history(
      request: DisclosureRequestRecord,
      _args: unknown,
      context: DeskContext,
    ): Promise<RequestEvent[]> {
      const events = await context.loaders.requestHistory.load(request.id);
      return readHistoryAsOf(
        request,
        events.map(({ requestId: _requestId, ...event }) => event),
        context.enforcement.now,
      );
    },
  },
  DisclosureRequestFigureReport: {
    async total(
      question: FigureReportRoot,
      _args: unknown,
      context: DeskContext,
    ): Promise<RegionFigures> {
      return (await countOnce(question, context)).total;
    },
    async byRegion(
      question: FigureReportRoot,
      _args: unknown,
      context: DeskContext,
    ): Promise<RegionFigures[]> {
      return (await countOnce(question, context)).byRegion;
    },
  },
};
