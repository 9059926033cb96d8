import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFileAuditLog, verifyAuditLog } from '@marsoc/platform';
import {
  JUSTIFICATION_HEADER,
  PURPOSE_HEADER,
  REQUEST_ID_HEADER,
} from '@marsoc/schema/wire';
import { readBasePort } from './readBasePort';
import { type StartedSystem, startSystem } from './startSystem';

const QUERY = `{ nominal(id: "NOM-00001") {
  id apmis { name } police { identity { pncId } } custody { establishment } ncaDeconfliction { contactBeforeAction } } }`;
const SERVICES = ['gateway', 'apmis', 'police', 'hmpps', 'ncahmrc'];
const BASE_PORT = readBasePort('AUDIT_KILL_E2E_BASE_PORT', 14300, 6);

interface Answer {
  requestId: string | null;
  carriedNominalData: boolean;
}

/** Answers carrying nominal data before the kill: enough to make it mid-load. */
const ANSWERS_BEFORE_KILL = 30;

/** One closed-loop client: asks until the gateway stops answering. */
async function drive(
  url: string,
  token: string,
  record: (answer: Answer) => void,
): Promise<void> {
  for (;;) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          [PURPOSE_HEADER]: 'INTELLIGENCE_DEVELOPMENT',
          [JUSTIFICATION_HEADER]: 'Audit durability test under load',
        },
        body: JSON.stringify({ query: QUERY }),
      });
      const body = (await response.json()) as {
        data?: { nominal?: { apmis?: unknown } | null } | null;
      };
      record({
        requestId: response.headers.get(REQUEST_ID_HEADER),
        carriedNominalData: Boolean(body.data?.nominal?.apmis),
      });
    } catch {
      return; // the gateway is gone
    }
  }
}

describe('audit durability when the gateway is killed mid-load (DPA 2018 s.62)', () => {
  let system: StartedSystem;
  beforeAll(async () => {
    system = await startSystem(BASE_PORT);
  }, 180_000);
  afterAll(async () => {
    await system?.stop();
  });

  it("has every service's audit record for every answer that carried nominal data", async () => {
    const tokens = await Promise.all(
      ['police-analyst', 'prison-intel', 'regional-lead'].map((persona) =>
        system.token(persona),
      ),
    );
    const answers: Answer[] = [];
    // Kill once enough answers carried data, however slow the machine is.
    let carried = 0;
    let loaded = (): void => undefined;
    const enoughAnswers = new Promise<void>((resolve) => (loaded = resolve));
    const record = (answer: Answer): void => {
      answers.push(answer);
      if (answer.carriedNominalData && ++carried === ANSWERS_BEFORE_KILL)
        loaded();
    };
    const clients = Array.from({ length: 9 }, (_, index) =>
      drive(system.gatewayUrl, tokens[index % tokens.length] ?? '', record),
    );
    await enoughAnswers;
    const gatewayPid = Number(
      readFileSync(join(system.dataDirectory, 'run', 'gateway.pid'), 'utf8'),
    );
    process.kill(gatewayPid, 'SIGKILL');
    await Promise.all(clients);
    await new Promise<void>((resolve) =>
      system.process.exitCode !== null
        ? resolve()
        : system.process.once('exit', () => resolve()),
    );

    const answered = answers.filter((answer) => answer.carriedNominalData);
    expect(answered.length).toBeGreaterThanOrEqual(ANSWERS_BEFORE_KILL);
    const sources = await readFileAuditLog(system.dataDirectory);
    const requestIdsByService = new Map<string, Set<string>>();
    for (const source of sources) {
      requestIdsByService.set(
        source.chainId,
        new Set(source.records.map((record) => record.requestId)),
      );
    }
    for (const answer of answered) {
      for (const service of SERVICES) {
        expect({
          service,
          found: requestIdsByService.get(service)?.has(answer.requestId ?? ''),
        }).toEqual({ service, found: true });
      }
    }
    // The subgraphs stopped cleanly and their chains verify whole; the gateway's
    // chain verifies up to any unacknowledged tail the kill may have torn.
    const report = verifyAuditLog(
      sources.filter((source) => source.chainId !== 'gateway'),
    );
    expect(report.ok).toBe(true);
    const gateway = verifyAuditLog(
      sources.filter((source) => source.chainId === 'gateway'),
    );
    const fault = gateway.chains[0]?.result;
    if (fault && !fault.ok) expect(fault.problem).toBe('TRUNCATED');
  }, 120_000);
});
