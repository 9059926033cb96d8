import { type OperationDefinitionNode, parse } from 'graphql';
import { createSilentLogger, ErrorCode } from '@marsoc/platform';
import {
  type BreadthLimit,
  DEFAULT_NOMINALS_PER_HOUR,
  LimitsUnavailableError,
  openLimitsStore,
} from '@marsoc/platform/limits';
import { TEST_CALLER, TEST_PURPOSE } from '@marsoc/platform/testing';
import { type DisclosureEntry } from '@marsoc/schema/wire';
import { type GatewayContext } from '../../GatewayContext';
import { checkBreadth } from '../checkBreadth';

const NOW = Date.parse('2026-03-02T10:15:00.000Z');
const operation = (text: string) =>
  parse(text).definitions[0] as OperationDefinitionNode;
const QUERY = operation('{ nominal(id: "NOM-00001") { id } }');
const MUTATION = operation('mutation { nominateForCohort { status } }');

function entry(nominalId: string | null): DisclosureEntry {
  return {
    nominalId,
    owner: 'MARSOC',
    category: 'MASTER_LIST',
    released: ['ApmisRecord.name'],
    summarised: [],
    held: [],
    withheld: [],
    reasons: [],
    rules: [],
    markings: [],
  };
}

function contextOpening(...nominalIds: (string | null)[]): GatewayContext {
  return {
    caller: { ...TEST_CALLER, roles: ['ANALYST'] },
    purpose: TEST_PURPOSE,
    requestId: 'breadth-test',
    disclosures: [
      {
        subgraph: 'apmis',
        registerVersion: 'test',
        entries: nominalIds.map(entry),
      },
    ],
  };
}

function createLimits(perHour: number) {
  const breadth = openLimitsStore({
    keyPrefix: 'marsoc:limits:',
    log: createSilentLogger(),
  }).createBreadthLimit({
    windowMs: 3_600_000,
    perWindow: { ...DEFAULT_NOMINALS_PER_HOUR, ANALYST: perHour },
  });
  return { breadth, clock: () => NOW };
}

describe('checkBreadth', () => {
  it('lets an answer within the allowance through untouched', async () => {
    const context = contextOpening('NOM-00001', 'NOM-00002', null);
    expect(await checkBreadth(createLimits(2), context, QUERY)).toBeUndefined();
    expect(context.disclosures[0]?.entries).toHaveLength(3);
    expect(context.limitRefusal).toBeUndefined();
  });

  it('refuses an answer past it: BREADTH_LIMITED, the disclosures kept back, the attempt noted for the audit', async () => {
    const context = contextOpening('NOM-00002', 'NOM-00001', 'NOM-00002');
    const refusal = await checkBreadth(createLimits(1), context, QUERY);
    expect(refusal?.extensions).toEqual({
      code: ErrorCode.BREADTH_LIMITED,
      limit: 'NOMINAL_BREADTH',
      retryAfter: 2700,
    });
    expect(refusal?.message).not.toContain('NOM-');
    expect(context.disclosures).toEqual([]);
    expect(context.limitRefusal).toEqual({
      nominalIds: ['NOM-00001', 'NOM-00002'],
    });
  });

  it('counts no mutation (its change is made) and no answer without nominals', async () => {
    const limits = createLimits(1);
    const mutation = contextOpening('NOM-00001', 'NOM-00002');
    expect(await checkBreadth(limits, mutation, MUTATION)).toBeUndefined();
    expect(
      await checkBreadth(limits, contextOpening(null, null), QUERY),
    ).toBeUndefined();
    expect(
      await checkBreadth(limits, contextOpening('NOM-00003'), QUERY),
    ).toBeUndefined();
  });

  it('refuses with LIMITS_UNAVAILABLE, keeping everything back, when the count fails in any way', async () => {
    const broken: BreadthLimit = {
      admit: () => Promise.reject(new Error('unexpected')),
    };
    const context = contextOpening('NOM-00001');
    const refusal = await checkBreadth({ breadth: broken }, context, QUERY);
    expect(refusal).toBeInstanceOf(LimitsUnavailableError);
    expect(refusal?.extensions.code).toBe(ErrorCode.LIMITS_UNAVAILABLE);
    expect(context.disclosures).toEqual([]);
  });
});
