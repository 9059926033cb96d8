import {
  type FigureQuestion,
  type RegionFigures,
  type RequestFigures,
} from '@marsoc/platform/disclosure-requests';
import { type NcaHmrcContext } from '../context';

/**
 * The question the root field accepted, a fresh object for each request; its
 * AGGREGATES fields count only once the enforcement lets them resolve, so a
 * caller the register refuses never causes a count.
 */
export type FigureReportRoot = FigureQuestion;

/** One count per report, however many of its fields are asked for. */
const counted = new WeakMap<FigureReportRoot, RequestFigures>();

function countOnce(
  question: FigureReportRoot,
  context: NcaHmrcContext,
): RequestFigures {
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

export const DisclosureRequestFigureReport = {
  total(
    question: FigureReportRoot,
    _args: unknown,
    context: NcaHmrcContext,
  ): RegionFigures {
    return countOnce(question, context).total;
  },
  byRegion(
    question: FigureReportRoot,
    _args: unknown,
    context: NcaHmrcContext,
  ): RegionFigures[] {
    return countOnce(question, context).byRegion;
  },
};
