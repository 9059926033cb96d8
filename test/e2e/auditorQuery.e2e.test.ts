import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readBasePort } from './readBasePort';
import { postGraphQL, type StartedSystem, startSystem } from './startSystem';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const BASE_PORT = readBasePort('AUDITOR_E2E_BASE_PORT', 14500, 6);

const AUDITOR_SUB = 'dev-0009-auditor';
const SECOND_AUDITOR_SUB = 'dev-0019-second-auditor';

const ACCESSES_QUERY = `{
  accessesTo(nominalId: "NOM-00001") {
    time requestId service processing outcome purpose justification
    actor { sub name agency roles }
    shown { owner category released held withheld counts { released withheld } }
  }
}`;

interface Access {
  time: string;
  requestId: string;
  service: string;
  purpose: string | null;
  justification: string | null;
  actor: { sub: string; agency: string; roles: string[] };
  shown: { owner: string; category: string; released: string[] }[];
}

const AUDIT = {
  purpose: 'AUDIT',
  justification: 'Quarterly lawfulness check of NOM-00001 consultations',
};

/**
 * The whole story over the real processes (`npm start`): analysts
 * consult NOM-00001 through the gateway; an auditor asks the gateway who did,
 * when, why and what they were shown; auditors never see their own queries,
 * but do see each other's (DPA 2018 s.62; PND Code; docs/audit-design.md#the-auditors-view).
 */
describe('an auditor asking the gateway who accessed a nominal', () => {
  let system: StartedSystem;
  let auditorToken: string;

  async function askAsAuditor(token: string): Promise<Access[]> {
    const { status, body } = await postGraphQL(
      system.gatewayUrl,
      ACCESSES_QUERY,
      { token, ...AUDIT },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    return (body.data as { accessesTo: Access[] }).accessesTo;
  }

  const bySub = (accesses: readonly Access[], sub: string) =>
    accesses.filter((access) => access.actor.sub === sub);

  beforeAll(async () => {
    system = await startSystem(BASE_PORT, {
      AUDIT_PORT: String(BASE_PORT + 5),
    });
    const [police, prison] = await Promise.all([
      system.token('police-analyst'),
      system.token('prison-intel'),
    ]);
    auditorToken = await system.token('auditor');
    const consultations: [string, string, string][] = [
      [
        police,
        'INTELLIGENCE_DEVELOPMENT',
        '{ nominal(id: "NOM-00001") { id apmis { name } police { identity { pncId } } } }',
      ],
      [
        prison,
        'OFFENDER_MANAGEMENT',
        '{ nominal(id: "NOM-00001") { id apmis { name } custody { establishment } } }',
      ],
    ];
    for (const [token, purpose, query] of consultations) {
      const { status } = await postGraphQL(system.gatewayUrl, query, {
        token,
        purpose,
        justification: 'Preparing the subject profile for the cohort forum',
      });
      expect(status).toBe(200);
    }
  }, 180_000);

  afterAll(async () => {
    expect(await system?.stop()).toBe(0);
  });

  it('lists the police analyst and the prison intelligence officer, with purpose and what each was shown', async () => {
    const accesses = await askAsAuditor(auditorToken);
    const police = bySub(accesses, 'dev-0001-police-analyst');
    const prison = bySub(accesses, 'dev-0002-prison-intel');
    expect(police.length).toBeGreaterThan(0);
    expect(prison.length).toBeGreaterThan(0);
    expect(police.every((a) => a.purpose === 'INTELLIGENCE_DEVELOPMENT')).toBe(
      true,
    );
    expect(prison.every((a) => a.purpose === 'OFFENDER_MANAGEMENT')).toBe(true);
    const shown = (list: Access[]) =>
      list.flatMap((a) => a.shown.map((s) => `${s.owner} ${s.category}`));
    expect(shown(police)).toEqual(
      expect.arrayContaining(['POLICE IDENTITY', 'MARSOC IDENTITY']),
    );
    expect(shown(prison)).toEqual(expect.arrayContaining(['HMPPS CUSTODY']));
    // The gateway's COMBINATION and each owner's own DISCLOSURE, each cut to
    // the entries the register lets a MARSOC auditor read: MARSOC's own (APMIS)
    // and police's (police.yaml opens its AUDIT_LOG to MARSOC auditors under
    // the MoU). One request id.
    expect(new Set(police.map((a) => a.service))).toEqual(
      new Set(['gateway', 'apmis', 'police']),
    );
    expect(new Set(police.map((a) => a.requestId)).size).toBe(1);
  });

  it("lists requests newest first, each request's records together", async () => {
    const accesses = await askAsAuditor(auditorToken);
    const requests = [...new Set(accesses.map((access) => access.requestId))];
    const newest = requests.map((requestId) =>
      Math.max(
        ...accesses
          .filter((access) => access.requestId === requestId)
          .map((access) => Date.parse(access.time)),
      ),
    );
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    const grouped = accesses.map((access) => access.requestId);
    expect(grouped).toEqual(
      requests.flatMap((requestId) =>
        grouped.filter((item) => item === requestId),
      ),
    );
    const firstPrison = accesses.findIndex(
      (a) => a.actor.sub === 'dev-0002-prison-intel',
    );
    const firstPolice = accesses.findIndex(
      (a) => a.actor.sub === 'dev-0001-police-analyst',
    );
    expect(firstPrison).toBeLessThan(firstPolice);
  });

  it('never shows the auditor their own queries, though each one is audited', async () => {
    await askAsAuditor(auditorToken);
    const again = await askAsAuditor(auditorToken);
    expect(bySub(again, AUDITOR_SUB)).toEqual([]);
  });

  it("shows the first auditor's queries to a second auditor, but not the second auditor's own", async () => {
    const secondToken = await system.token(
      'auditor',
      '--claim',
      `sub=${SECOND_AUDITOR_SUB}`,
      '--claim',
      'name=Second Fictional-Auditor',
    );
    await askAsAuditor(secondToken);
    const seen = await askAsAuditor(secondToken);
    expect(bySub(seen, SECOND_AUDITOR_SUB)).toEqual([]);
    const firstAuditor = bySub(seen, AUDITOR_SUB);
    expect(firstAuditor.length).toBeGreaterThan(0);
    expect(
      firstAuditor.find((access) => access.service === 'audit'),
    ).toMatchObject({
      purpose: 'AUDIT',
      justification: AUDIT.justification,
      actor: { agency: 'MARSOC', roles: ['AUDITOR'] },
      shown: [{ owner: 'MARSOC', category: 'AUDIT_LOG' }],
    });
  });

  it('withholds the audit from the police analyst, even with purpose AUDIT', async () => {
    const police = await system.token('police-analyst');
    const { body } = await postGraphQL(system.gatewayUrl, ACCESSES_QUERY, {
      token: police,
      ...AUDIT,
    });
    expect(body.data).toEqual({ accessesTo: null });
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'WITHHELD',
      owner: 'MARSOC',
      category: 'AUDIT_LOG',
    });
  });

  it('answers the same as `npm run audit -- who-accessed`', async () => {
    const accesses = await askAsAuditor(auditorToken);
    const { stdout } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'scripts', 'audit.ts'),
        'who-accessed',
        'NOM-00001',
        '--auditor',
        AUDITOR_SUB,
      ],
      { cwd: ROOT, env: { ...process.env, DATA_DIR: system.dataDirectory } },
    );
    // The CLI (an operator's tool over every service's log) read the log after
    // the query, so it lists nothing newer; the gateway's records, which hold
    // what each caller was shown, are the same in both.
    const cliCombinations = stdout.match(/\sgateway\s+COMBINATION\s/g) ?? [];
    const combinations = accesses.filter(
      (access) => access.service === 'gateway',
    );
    expect(cliCombinations.length).toBe(combinations.length);
    expect(combinations.length).toBeGreaterThan(1);
    expect(stdout).toContain('dev-0001-police-analyst');
    expect(stdout).toContain('dev-0002-prison-intel');
    expect(stdout).not.toContain(`(${AUDITOR_SUB})`);
  });
});
