import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFileAuditLog, verifyAuditLog } from '@marsoc/platform';
import {
  JUSTIFICATION_HEADER,
  PURPOSE_HEADER,
  REQUEST_ID_HEADER,
} from '@marsoc/schema/wire';
import { type StartedSystem, startSystem } from './startSystem';

const QUERY = `{ nominal(id: "NOM-00001") {
  id apmis { name } police { identity { pncId } } custody { establishment } ncaDeconfliction { contactBeforeAction } } }`;
const SERVICES = ['gateway', 'apmis', 'police', 'hmpps', 'ncahmrc'];

interface Answer {
  requestId: string | null;
  carriedNominalData: boolean;
}

/** One closed-loop client: asks until the gateway stops answering. */
async function drive(
  url: string,
  token: string,
  answers: Answer[],
  until: () => boolean,
): Promise<void> {
  while (!until()) {
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
      answers.push({
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
    system = await startSystem(14300);
  }, 180_000);
  afterAll(async () => {
    await system.stop();
  });

  it("has every service's audit record for every answer that carried nominal data", async () => {
    const tokens = await Promise.all(
      ['police-analyst', 'prison-intel', 'regional-lead'].map((persona) =>
        system.token(persona),
      ),
    );
    const answers: Answer[] = [];
    const clients = Array.from({ length: 9 }, (_, index) =>
      drive(
        system.gatewayUrl,
        tokens[index % tokens.length] ?? '',
        answers,
        () => false,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 2500));
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
    expect(answered.length).toBeGreaterThan(20);
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
