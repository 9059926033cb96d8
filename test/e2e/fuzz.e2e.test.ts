import { runAuditCommand } from '@marsoc/platform';
import { createFuzzCases, MIN_FUZZ_CASES } from './fuzz/createFuzzCases';
import { type FuzzCase, type FuzzTarget } from './fuzz/FuzzCase';
import { FuzzReport } from './fuzz/FuzzReport';
import { judgeResponse } from './fuzz/judgeResponse';
import {
  isAlive,
  readResidentBytes,
  readServicePid,
} from './fuzz/processProbe';
import { runBounded } from './fuzz/runBounded';
import { sendCase } from './fuzz/sendCase';
import { createTokenMint, type TokenMint } from './fuzz/tokenMint';
import { readBasePort } from './readBasePort';
import { postGraphQL, type StartedSystem, startSystem } from './startSystem';

const BASE_PORT = readBasePort('E2E_FUZZ_BASE_PORT', 14700, 6);
const SEED = Number(process.env.E2E_FUZZ_SEED ?? 20_261_203);
/** Enough to keep both cores busy without queueing inside the client. */
const IN_FLIGHT = 8;
const MEBIBYTE = 1024 * 1024;
const SERVICES = ['gateway', 'police', 'hmpps', 'ncahmrc', 'apmis', 'audit'];

/**
 * After the run the gateway's RSS must come back under 1.5x its warmed-up
 * size plus 100 MiB. V8 keeps a grown heap's pages for a while and Apollo's
 * document and query-plan caches legitimately fill (bounded LRUs of tens of
 * MiB); a leak of even 15 KiB per request over 10,000 requests breaks it.
 */
function memoryBound(before: number): number {
  return before * 1.5 + 100 * MEBIBYTE;
}

const NORMAL_QUERY = '{ nominal(id: "NOM-00001") { id apmis { name } } }';

describe('fuzz tier: hostile requests against the started system', () => {
  let system: StartedSystem;
  let mint: TokenMint;
  let cases: FuzzCase[];
  let rssBefore = 0;
  const report = new FuzzReport();

  beforeAll(async () => {
    // Metrics behind a token, as production keeps them: a hostile scrape
    // with a caller's bearer token (or none) must be refused like any path.
    system = await startSystem(BASE_PORT, {
      AUDIT_SINK: 'file',
      METRICS_TOKEN: `fuzz-metrics-${'x'.repeat(32)}`,
    });
    mint = await createTokenMint(system.dataDirectory);
    cases = await createFuzzCases(mint, SEED);
  }, 180_000);
  afterAll(async () => {
    await system?.stop();
  });

  async function askNormally(): Promise<void> {
    const token = await mint.sign({
      ...mint.claimsOf('police-analyst'),
      ...mint.registered(),
    });
    const { status, body } = await postGraphQL(
      system.gatewayUrl,
      NORMAL_QUERY,
      {
        token,
        purpose: 'INTELLIGENCE_DEVELOPMENT',
        justification: 'Fuzz tier: the system still answers',
      },
    );
    expect({ status, errors: body.errors }).toEqual({
      status: 200,
      errors: undefined,
    });
    expect(body.data).toEqual({
      nominal: { id: 'NOM-00001', apmis: { name: expect.any(String) } },
    });
  }

  it(`answers at least ${MIN_FUZZ_CASES} hostile requests with a clear 4xx or a GraphQL answer, fast and without internal text`, async () => {
    const started = Date.now();
    for (let warm = 0; warm < 20; warm++) await askNormally();
    rssBefore = readResidentBytes(
      readServicePid(system.dataDirectory, 'gateway'),
    );
    const ports: Record<FuzzTarget, number> = system.ports;
    await runBounded(cases, IN_FLIGHT, async (fuzzCase, index) => {
      const response = await sendCase(fuzzCase, ports[fuzzCase.target]);
      report.record(
        index,
        fuzzCase,
        response,
        judgeResponse(fuzzCase, response),
      );
    });
    process.stdout.write(
      `${report.describe()}fuzz tier: ${cases.length} requests took ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    expect(report.cases).toBeGreaterThanOrEqual(MIN_FUZZ_CASES);
    expect(report.failures()).toEqual([]);
  }, 900_000);

  it('leaves every service running and answering a normal query correctly', async () => {
    for (const service of SERVICES)
      expect({
        service,
        alive: isAlive(readServicePid(system.dataDirectory, service)),
      }).toEqual({ service, alive: true });
    await askNormally();
  });

  it("brings the gateway's memory back within bounds", async () => {
    expect(rssBefore).toBeGreaterThan(0);
    const pid = readServicePid(system.dataDirectory, 'gateway');
    const bound = memoryBound(rssBefore);
    let after = readResidentBytes(pid);
    // V8 collects on its own schedule: give it a quiet window before judging.
    for (let second = 0; second < 30 && after > bound; second++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      after = readResidentBytes(pid);
    }
    process.stdout.write(
      `fuzz tier: gateway RSS ${Math.round(rssBefore / MEBIBYTE)} MiB before, ${Math.round(after / MEBIBYTE)} MiB after (bound ${Math.round(bound / MEBIBYTE)} MiB)\n`,
    );
    expect(after).toBeLessThanOrEqual(bound);
  }, 60_000);

  it('leaves every audit chain verifying', async () => {
    let out = '';
    let err = '';
    const code = await runAuditCommand({
      args: ['verify'],
      env: { DATA_DIR: system.dataDirectory, AUDIT_SINK: 'file' },
      projectRoot: process.cwd(),
      out: (text) => (out += text),
      err: (text) => (err += text),
    });
    expect({ code, err }).toEqual({ code: 0, err: '' });
    for (const service of SERVICES)
      expect(out).toMatch(
        new RegExp(`^ok .* chain ${service}: \\d+ records?$`, 'm'),
      );
    // The fuzz run's answered consultations were audited, so the check had work to do.
    for (const service of ['gateway', 'apmis'])
      expect(out).toMatch(
        new RegExp(`^ok .* chain ${service}: [1-9]\\d* records?$`, 'm'),
      );
  });
});
