import { type Random } from '@marsoc/platform';
import { Region } from '@marsoc/schema';
import { type CallerView } from './callerView';
import { type NoLeakCase } from './NoLeakCase';
import { type NoLeakSuite } from './noLeakSuite';
import { pickPair } from './pickPair';
import { printOperation, type RootCall } from './printOperation';
import { generateSelection } from './selectionTree';

function pickRegion(random: Random, view: CallerView): string {
  const own = view.callerCase.caller.regions;
  return own.length > 0 && random.chance(0.7)
    ? random.pick(own)
    : random.pick(Region.values);
}

/** An ISO date some months back: within the feed's five years, never ahead. */
function pickSince(random: Random): string {
  const days = random.integer(20, 1700);
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Operations over many nominals at once (the cohort, the region's change
 * feed, performance aggregates): no pair of nominals to swap, so the same
 * operation is asked twice and must answer the same both times, ordering and
 * counts included, and the hidden-value scan applies to everything in it.
 */
export function generateWholePictureCase(
  suite: NoLeakSuite,
  random: Random,
  view: CallerView,
): NoLeakCase {
  const region = pickRegion(random, view);
  const roots: RootCall[] = [
    {
      field: 'cohort',
      typeName: 'Nominal',
      args: random.chance(0.8) ? `region: "${region}"` : '',
      variables: '',
    },
    {
      field: 'cohortChanges',
      typeName: 'CohortChangeFeed',
      args: `region: "${region}", since: "${pickSince(random)}"`,
      variables: '',
    },
    {
      field: 'performance',
      typeName: 'ApmisPerformance',
      args: '',
      variables: '',
    },
  ];
  const root = random.pick(roots);
  const query = printOperation(
    suite.model,
    random,
    root,
    generateSelection(suite.model, random, root.typeName),
  );
  return {
    kind: `${root.field} (asked twice)`,
    view,
    query,
    sideA: {},
    sideB: {},
    swaps: [],
    hiddenDifference: false,
  };
}

/** The auditors' view of two nominals that differ only in what the caller may not see. */
export function generateAccessesToCase(
  suite: NoLeakSuite,
  random: Random,
  view: CallerView,
): NoLeakCase {
  const { a, b } = pickPair(suite, random, view);
  const query = printOperation(
    suite.model,
    random,
    {
      field: 'accessesTo',
      typeName: 'AuditAccess',
      args: `nominalId: $id, limit: ${random.integer(1, 500)}`,
      variables: '$id: ID!',
    },
    generateSelection(suite.model, random, 'AuditAccess'),
  );
  return {
    kind: 'accessesTo',
    view,
    query,
    sideA: { id: a },
    sideB: { id: b },
    swaps: [[a, b]],
    hiddenDifference: true,
  };
}
