import fc from 'fast-check';
import { CALLER_CONTEXT_HEADER } from '@marsoc/schema/wire';
import { type FuzzCase, type FuzzTarget } from '../FuzzCase';
import { type TokenMint } from '../tokenMint';

const SUBGRAPHS: readonly FuzzTarget[] = [
  'police',
  'hmpps',
  'ncahmrc',
  'apmis',
  'audit',
];

/**
 * Requests straight to each subgraph, past the gateway: a sample of the
 * gateway's hostile cases, and caller contexts forged every way the gateway
 * would not sign one. A subgraph must refuse all of them.
 */
export async function createSubgraphCases(
  gatewayCases: readonly FuzzCase[],
  mint: TokenMint,
  seed: number,
  perSubgraph: number,
): Promise<FuzzCase[]> {
  const now = Math.floor(Date.now() / 1000);
  const caller = {
    ...mint.claimsOf('nca-officer'),
    purpose: 'INTELLIGENCE_DEVELOPMENT',
    justification: 'Forged context',
  };
  const registered = {
    iss: 'urn:marsoc:gateway',
    iat: now,
    nbf: now,
    exp: now + 60,
  };
  const identityToken = await mint.sign({
    ...mint.claimsOf('nca-officer'),
    ...mint.registered(),
  });
  const forged = [
    '',
    'x',
    identityToken,
    `Bearer ${identityToken}`,
    await mint.sign(
      { ...caller, ...registered },
      { header: { typ: 'marsoc-caller-context+jwt' } },
    ),
    await mint.sign(
      { ...caller, ...registered, aud: 'urn:marsoc:subgraph:police' },
      { header: { typ: 'marsoc-caller-context+jwt' } },
    ),
    await mint.sign(
      { ...caller, ...registered },
      {
        key: mint.strangers.EdDSA,
        alg: 'EdDSA',
        header: { typ: 'marsoc-caller-context+jwt' },
      },
    ),
    `${Buffer.from('{"alg":"none","typ":"marsoc-caller-context+jwt"}').toString('base64url')}.${Buffer.from(JSON.stringify({ ...caller, ...registered })).toString('base64url')}.`,
  ];
  const eligible = gatewayCases.filter(
    (fuzzCase) =>
      fuzzCase.raw === undefined &&
      fuzzCase.path === '/graphql' &&
      fuzzCase.method === 'POST',
  );
  const picks = fc.sample(fc.nat({ max: eligible.length - 1 }), {
    seed,
    numRuns: perSubgraph * SUBGRAPHS.length,
  });
  return picks.map((pick, index) => {
    const original = eligible[pick] as FuzzCase;
    const target = SUBGRAPHS[index % SUBGRAPHS.length] as FuzzTarget;
    const context = forged[index % (forged.length + 1)];
    const headers = { ...original.headers };
    if (context !== undefined) headers[CALLER_CONTEXT_HEADER] = context;
    return { ...original, family: `subgraph/${target}`, target, headers };
  });
}
