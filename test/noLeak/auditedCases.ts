import { createRandom, loadPersonas, type Random } from '@marsoc/platform';
import { Agency, type Caller, Region, Vetting } from '@marsoc/schema';
import {
  ACCESSES_QUERY,
  type AuditedSupergraph,
} from '../helpers/auditedSupergraph';
import { type GatewayResult } from '../helpers/inProcessSupergraph';
import { type CallerCase, listPersonaCallers } from './callers';
import { type CallerView } from './callerView';
import { checkCase, type NoLeakFailure } from './checkCase';
import { type NoLeakSuite } from './noLeakSuite';
import { pickPair } from './pickPair';
import { printOperation } from './printOperation';
import { type PairTruth, prunePair } from './prunePair';
import { generateSelection } from './selectionTree';

/** Auditors: the persona and generated ones of every agency, always under AUDIT. */
function listAuditors(seed: string): CallerCase[] {
  const random = createRandom(seed);
  const audit = {
    purpose: 'AUDIT' as const,
    justification: 'Lawfulness check of the consultations',
  };
  const auditors: CallerCase[] = [...loadPersonas()]
    .filter(([, persona]) => persona.caller.roles.includes('AUDITOR'))
    .map(([handle, persona]) => ({
      label: `${handle}/AUDIT`,
      caller: persona.caller,
      purpose: audit,
    }));
  for (const agency of Agency.values) {
    const caller: Caller = {
      sub: `generated-auditor-${agency.toLowerCase()}`,
      name: `Generated ${agency} auditor`,
      agency,
      unit: `${agency} assurance`,
      regions: random.chance(0.5) ? [] : [random.pick(Region.values)],
      roles: ['AUDITOR'],
      vetting: random.pick(Vetting.values),
    };
    auditors.push({
      label: `generated-auditor(${agency},${caller.vetting})/AUDIT`,
      caller,
      purpose: audit,
    });
  }
  return auditors;
}

/**
 * Only this case's consultations, with times and request ids made relative:
 * the log holds every earlier case too, and when a request ran is no secret.
 */
function keepConsultation(
  answer: GatewayResult,
  justification: string,
): GatewayResult {
  const records = (answer.data?.accessesTo ?? null) as
    Record<string, unknown>[] | null;
  if (!records) return answer;
  const requestIds = new Map<string, string>();
  const kept = records
    .filter((record) => record.justification === justification)
    .map((record) => {
      const requestId = String(record.requestId);
      if (!requestIds.has(requestId))
        requestIds.set(requestId, `REQUEST-${requestIds.size + 1}`);
      return { ...record, time: 'TIME', requestId: requestIds.get(requestId) };
    });
  return { ...answer, data: { ...answer.data, accessesTo: kept } };
}

export interface AuditedReport {
  cases: number;
  failures: NoLeakFailure[];
  /** Auditor answers that held at least one of the case's consultations. */
  withRecords: number;
}

/**
 * The auditors' view: a consultant asks the same generated operation about
 * two nominals, cut so the pair differs only in what both the consultant and
 * the auditor may not see; then the auditor's `accessesTo` answers about the
 * two, limited to that consultation, must be the same after swapping the ids.
 */
export async function runAuditedCases(
  suite: NoLeakSuite,
  audited: AuditedSupergraph,
  seed: string,
  count: number,
): Promise<AuditedReport> {
  const random: Random = createRandom(seed);
  const consultants = listPersonaCallers().filter(
    ({ caller, purpose }) =>
      !caller.roles.includes('AUDITOR') && purpose.purpose !== 'AUDIT',
  );
  const auditors = listAuditors(seed);
  const report: AuditedReport = { cases: 0, failures: [], withRecords: 0 };
  while (report.cases < count) {
    const consultant = suite.viewOf(random.pick(consultants));
    const auditor = suite.viewOf(random.pick(auditors));
    const { a, b, madeUp } = pickPair(suite, random, consultant);
    if (madeUp) continue;
    const justification = `No-leak audited case ${seed} ${report.cases}`;
    const query = printOperation(
      suite.model,
      random,
      {
        field: 'nominal',
        typeName: 'Nominal',
        args: 'id: $id',
        variables: '$id: ID!',
      },
      cutForBoth(suite, random, [consultant, auditor], a, b),
    );
    const purpose = { ...consultant.callerCase.purpose, justification };
    await audited.query(consultant.callerCase.caller, purpose, query, {
      id: a,
    });
    await audited.query(consultant.callerCase.caller, purpose, query, {
      id: b,
    });
    const answerA = keepConsultation(
      await audited.accessesTo(auditor.callerCase.caller, a),
      justification,
    );
    const answerB = keepConsultation(
      await audited.accessesTo(auditor.callerCase.caller, b),
      justification,
    );
    report.cases += 1;
    if (((answerA.data?.accessesTo as unknown[] | undefined) ?? []).length > 0)
      report.withRecords += 1;
    report.failures.push(
      ...checkCase(
        {
          kind: `accessesTo after ${consultant.callerCase.label} consulted`,
          view: auditor,
          query: `${query}\n# then, as the auditor:\n${ACCESSES_QUERY}`,
          sideA: { id: a },
          sideB: { id: b },
          swaps: [[a, b]],
          hiddenDifference: true,
        },
        answerA,
        answerB,
        suite.hiddenValuesOf(auditor),
      ),
    );
  }
  return report;
}

function cutForBoth(
  suite: NoLeakSuite,
  random: Random,
  views: readonly CallerView[],
  a: string,
  b: string,
) {
  let selection = generateSelection(suite.model, random, 'Nominal');
  for (const view of views) {
    const pair: PairTruth = {
      truthOf: (id) => suite.truth.get(id),
      swaps: [[a, b]],
      hiddenDifferences: 0,
    };
    selection = prunePair(
      suite.model,
      view,
      pair,
      'Nominal',
      selection,
      suite.truth.get(a),
      suite.truth.get(b),
    );
  }
  return selection;
}
