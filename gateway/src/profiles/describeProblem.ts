import { ErrorCode } from '@marsoc/platform';
import { describeOwner, describeReason } from './describeInWords';
import { type ProfileNotice } from './ProfileDocument';
import { type FieldProblem } from './readAnswer';

/**
 * What the reader is told where the answer had an error instead of a value:
 * a held category says who holds it and how to ask; a withheld one gives the
 * reason in words; anything else says the owner's service did not answer.
 * NCND never reaches here: it raises no error.
 */
export function describeProblem(problem: FieldProblem): ProfileNotice {
  const owner = describeOwner(problem.owner ?? 'the owner');
  if (problem.code !== ErrorCode.WITHHELD) {
    return {
      kind: 'notice',
      tone: 'unavailable',
      text: `Not available: ${problem.owner ? owner : "the owner's service"} did not answer (${problem.code}). This profile is incomplete here.`,
    };
  }
  const reason = describeReason(problem.reason ?? '');
  const route = problem.route ? ` How to ask: ${problem.route}` : '';
  if (problem.held) {
    return {
      kind: 'notice',
      tone: 'held',
      text: `Held by ${owner} (${problem.category ?? 'category'}); not released because ${reason}.${route}`,
    };
  }
  return {
    kind: 'notice',
    tone: 'withheld',
    text: `Withheld by ${owner} (${problem.category ?? 'category'}) because ${reason}.${route}`,
  };
}
