import {
  type CallerContext,
  Classification,
  type RequestPurpose,
} from '@marsoc/schema';
import { ErrorCode } from '@marsoc/platform';
import { type MarkingIndex } from './createMarkingIndex';
import { createProtectiveMarking } from './createProtectiveMarking';
import { describeAnnex, readDisclosedAgencies } from './describeAnnex';
import { describeProblem } from './describeProblem';
import { type DescribedSection, describeSection } from './describeSection';
import {
  type ProfileDocument,
  type ProfileFormat,
  type ProfileNotice,
} from './ProfileDocument';
import { PROFILE_SECTIONS } from './profileSections';
import { isRecord, type ProfileAnswer, readProblems } from './readAnswer';

export interface ProfileFacts extends CallerContext {
  nominalId: string;
  /** An export always states why: the cover prints it. */
  purpose: RequestPurpose;
  registerVersion: string;
  producedAt: Date;
  format: ProfileFormat;
}

/**
 * Turns the caller's enforced answer into the neutral document both renderers
 * print. It reads only that answer and the static supergraph markings: what an
 * owner withheld is not in the answer, so it cannot be in the document.
 */
export function buildProfileDocument(
  answer: ProfileAnswer,
  facts: ProfileFacts,
  index: MarkingIndex,
): ProfileDocument {
  const problems = readProblems(answer);
  const agencies = readDisclosedAgencies(answer.extensions, facts.nominalId);
  const summarised = new Set(
    agencies.flatMap((agency) =>
      agency.summarised.map((category) => `${agency.owner}/${category}`),
    ),
  );
  const nominal = answer.data?.nominal;
  const notices: ProfileNotice[] = [];
  const refusal = problems.get('nominal');
  if (refusal) notices.push(describeProblem(refusal));
  const described: DescribedSection[] = isRecord(nominal)
    ? PROFILE_SECTIONS.flatMap(
        (definition) =>
          describeSection(definition, nominal, {
            index,
            problems,
            summarised,
          }) ?? [],
      )
    : [];
  if (
    [...problems.values()].some(
      (problem) => problem.code !== ErrorCode.WITHHELD,
    )
  ) {
    notices.push({
      kind: 'notice',
      tone: 'unavailable',
      text: 'Some owners did not answer; the sections concerned say so. This profile is incomplete.',
    });
  }
  const owners = new Set(described.flatMap(({ owners }) => [...owners]));
  const subjectName = readSubjectName(nominal);
  return {
    title: `Subject Profile: ${facts.nominalId}`,
    cover: {
      nominalId: facts.nominalId,
      ...(subjectName ? { subjectName } : {}),
      producedBy: {
        name: facts.caller.name,
        agency: facts.caller.agency,
        unit: facts.caller.unit,
      },
      purpose: facts.purpose.purpose,
      justification: facts.purpose.justification,
      producedAt: facts.producedAt.toISOString(),
      registerVersion: facts.registerVersion,
      requestId: facts.requestId,
      format: facts.format,
    },
    marking: createProtectiveMarking({
      // The owners' own account adds record markings the answer does not show.
      classifications: [
        ...described.flatMap(({ released }) => released),
        ...agencies.flatMap((agency) =>
          (agency.markings ?? []).filter((marking) =>
            Classification.is(marking),
          ),
        ),
      ],
      owners,
      hasIntelligence: described.some(
        ({ section, released }) =>
          section.category === 'INTELLIGENCE' && released.length > 0,
      ),
      purpose: facts.purpose.purpose,
    }),
    notices,
    sections: described.map(({ section }) => section),
    annex: describeAnnex(agencies, problems, index),
  };
}

/** The subject's name as the released master-list entry gives it, if it was released. */
function readSubjectName(nominal: unknown): string | undefined {
  if (!isRecord(nominal) || !isRecord(nominal.apmis)) return undefined;
  const name = nominal.apmis.name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}
