import { postGraphQL } from '../e2e/startSystem';

/** What a replica test's writer asks as: a prison intelligence officer recording disruptions. */
export const WRITER = {
  persona: 'prison-intel',
  purpose: 'COHORT_MANAGEMENT',
  justification: 'Replica failover test of the workflow writes',
} as const;

const RECORD_DISRUPTION = `mutation Record($input: DisruptionRecordInput!) {
  recordDisruption(input: $input) { id status }
}`;
const MODERATE_DISRUPTION = `mutation Moderate($input: DisruptionModerationInput!) {
  moderateDisruption(input: $input) { id status }
}`;

/** Refusals of the write itself: asking again cannot change them. */
const FINAL_CODES = new Set([
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'INVALID_TRANSITION',
  'UNAUTHENTICATED',
]);

/** One write as its client saw it: what it was answered, and how many times it asked. */
export interface WriteOutcome {
  clientRequestId: string;
  /** The record the write made (DR-…), or null if it was refused. */
  recordId: string | null;
  /** The codes of a refusal the client could not cure by asking again. */
  refusal: string[];
  attempts: number;
}

/** A HMPPS disruption of NOM-00001 (North West, the writer's region), tagged with the run. */
export function disruptionInput(clientRequestId: string, runId: string) {
  return {
    nominalId: 'NOM-00001',
    date: new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10),
    leadAgency: 'HMPPS',
    supportingAgencies: ['POLICE'],
    fourP: 'PURSUE',
    assessment: 'MINOR',
    description: `Replica test ${runId}: cell search and seizure`,
    arrests: 0,
    marsocFlag: true,
    clientRequestId,
  };
}

/**
 * Records one disruption as a client that keeps its client request id would:
 * asks again, through whichever gateway is alive, until it is answered with
 * the record or refused for good. A connection dropped by a dying gateway,
 * or a subgraph fetch that failed when its replica died, leaves the client
 * not knowing whether the write happened: asking again with the same id is
 * what makes that safe.
 */
export async function recordWithRetries(options: {
  gatewayUrl: () => string;
  token: string;
  clientRequestId: string;
  runId: string;
  maxAttempts?: number;
}): Promise<WriteOutcome> {
  const maxAttempts = options.maxAttempts ?? 40;
  for (let attempt = 1; ; attempt += 1) {
    let answer: Awaited<ReturnType<typeof postGraphQL>> | undefined;
    try {
      answer = await postGraphQL(options.gatewayUrl(), RECORD_DISRUPTION, {
        token: options.token,
        purpose: WRITER.purpose,
        justification: WRITER.justification,
        variables: {
          input: disruptionInput(options.clientRequestId, options.runId),
        },
      });
    } catch {
      answer = undefined; // the connection died with its gateway
    }
    const data = answer?.body.data as
      { recordDisruption?: { id?: string } | null } | null | undefined;
    const recordId = data?.recordDisruption?.id;
    const codes = answer ? errorCodes(answer) : [];
    const { clientRequestId } = options;
    if (typeof recordId === 'string')
      return { clientRequestId, recordId, refusal: [], attempts: attempt };
    if (codes.some((code) => FINAL_CODES.has(code)) || attempt >= maxAttempts)
      return {
        clientRequestId,
        recordId: null,
        refusal: codes,
        attempts: attempt,
      };
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
  }
}

/** The hub moderates a recorded disruption onto APMIS; its answer's status, or its error codes. */
export async function moderate(options: {
  gatewayUrl: string;
  token: string;
  recordId: string;
  clientRequestId: string;
}): Promise<{ status: string | null; codes: string[] }> {
  const answer = await postGraphQL(options.gatewayUrl, MODERATE_DISRUPTION, {
    token: options.token,
    purpose: WRITER.purpose,
    justification: WRITER.justification,
    variables: {
      input: {
        recordId: options.recordId,
        decision: 'MODERATE',
        clientRequestId: options.clientRequestId,
      },
    },
  });
  const data = answer.body.data as
    { moderateDisruption?: { status?: string } | null } | null | undefined;
  return {
    status: data?.moderateDisruption?.status ?? null,
    codes: errorCodes(answer),
  };
}

function errorCodes(answer: Awaited<ReturnType<typeof postGraphQL>>): string[] {
  return (answer.body.errors ?? []).map((error) =>
    String(error.extensions?.code ?? ''),
  );
}
