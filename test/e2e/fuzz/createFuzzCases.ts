import { createBodyCases } from './cases/bodyCases';
import { createDepthCases } from './cases/depthCases';
import { createDirectiveCases } from './cases/directiveCases';
import { createFragmentCases } from './cases/fragmentCases';
import { createGeneratedDocumentCases } from './cases/generatedDocumentCases';
import { createHeaderCases } from './cases/headerCases';
import { createMethodCases } from './cases/methodCases';
import { createOperationCases } from './cases/operationCases';
import { createRawCases } from './cases/rawCases';
import { createSubgraphCases } from './cases/subgraphCases';
import { createTokenCases } from './cases/tokenCases';
import { createVariableCases } from './cases/variableCases';
import { createWidthCases } from './cases/widthCases';
import { type FuzzCase } from './FuzzCase';
import { type TokenMint } from './tokenMint';

/** The issue asks for at least this many hostile requests. */
export const MIN_FUZZ_CASES = 10_000;

/**
 * Every fuzz case, in a fixed order from a fixed seed: the same run each
 * time, so a failure reproduces by its index. Generated documents fill the
 * count up to MIN_FUZZ_CASES plus a margin.
 */
export async function createFuzzCases(
  mint: TokenMint,
  seed: number,
): Promise<FuzzCase[]> {
  const token = await mint.sign({
    ...mint.claimsOf('police-analyst'),
    ...mint.registered(),
  });
  const fixed: FuzzCase[] = [
    ...createBodyCases(token, seed),
    ...createDepthCases(token),
    ...createWidthCases(token),
    ...createFragmentCases(token),
    ...createDirectiveCases(token),
    ...createOperationCases(token),
    ...createVariableCases(token, seed + 10),
    ...createHeaderCases(token, seed + 20),
    ...(await createTokenCases(mint, seed + 30)),
    ...createMethodCases(token),
    ...createRawCases(token),
  ];
  const subgraph = await createSubgraphCases(fixed, mint, seed + 40, 120);
  const generatedCount = Math.max(
    2000,
    MIN_FUZZ_CASES + 300 - fixed.length - subgraph.length,
  );
  return [
    ...fixed,
    ...createGeneratedDocumentCases(token, seed + 50, generatedCount),
    ...subgraph,
  ];
}
