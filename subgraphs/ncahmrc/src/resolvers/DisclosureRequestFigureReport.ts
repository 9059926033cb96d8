import {
  type FigureQuestion,
  type RegionFigures,
} from '@marsoc/platform/disclosure-requests';
import { type NcaHmrcContext } from '../context';

/**
 * The question the root field accepted; its AGGREGATES fields count only once
 * the enforcement lets them resolve, so a caller the register refuses never
 * causes a count.
 */
export type FigureReportRoot = FigureQuestion;

export const DisclosureRequestFigureReport = {
  total(
    question: FigureReportRoot,
    _args: unknown,
    context: NcaHmrcContext,
  ): RegionFigures {
    return context.loaders.requests.figures(question, context.enforcement.now)
      .total;
  },
  byRegion(
    question: FigureReportRoot,
    _args: unknown,
    context: NcaHmrcContext,
  ): RegionFigures[] {
    return context.loaders.requests.figures(question, context.enforcement.now)
      .byRegion;
  },
};
