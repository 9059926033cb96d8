import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AuditRecord, readFileAuditLog } from '@marsoc/platform';
import { linesOf, readDocxText, readPdfPages } from '../profiles/extractText';
import { readBasePort } from './readBasePort';
import { startSystem, type StartedSystem } from './startSystem';

const ROOT = join(__dirname, '..', '..');
/** The system's six, and BASE + 50 where no gateway answers. */
const BASE_PORT = readBasePort('PROFILE_E2E_BASE_PORT', 15200, 51);

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run profile -- ...` as npm would (tsx over scripts/profile.ts). */
function runProfileCli(
  args: string[],
  env: Record<string, string>,
): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts', 'profile.ts'), ...args],
      { cwd: ROOT, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        const code = error
          ? typeof error.code === 'number'
            ? error.code
            : 1
          : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

async function readAuditRecords(directory: string): Promise<AuditRecord[]> {
  return (await readFileAuditLog(directory)).flatMap(
    (source) => source.records,
  );
}

describe('npm run profile against the started system (issue 11 point 4)', () => {
  let system: StartedSystem;
  let outputs: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    system = await startSystem(BASE_PORT);
    outputs = mkdtempSync(join(tmpdir(), 'marsoc-profile-out-'));
    env = {
      DATA_DIR: system.dataDirectory,
      GATEWAY_URL: `http://127.0.0.1:${system.ports.gateway}`,
    };
  }, 180_000);
  afterAll(async () => {
    if (outputs !== undefined)
      rmSync(outputs, { recursive: true, force: true });
    await system?.stop();
  });

  it('writes a police analyst a marked PDF, audited at the gateway as a DISCLOSURE and by every owner under the same request id and format', async () => {
    const out = join(outputs, 'police-analyst.pdf');
    const result = await runProfileCli(
      [
        '--persona',
        'police-analyst',
        '--nominal',
        'NOM-00001',
        '--format',
        'pdf',
        '--out',
        out,
        '--purpose',
        'INTELLIGENCE_DEVELOPMENT',
        '--justification',
        'Tasking meeting Subject Profile',
      ],
      env,
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const requestId = /audit request id (\S+)/.exec(result.stdout)?.[1] ?? '';
    expect(requestId).not.toBe('');
    const pages = readPdfPages(readFileSync(out));
    const banner = linesOf(pages[0] ?? '')[0];
    expect(banner).toMatch(/^(OFFICIAL|OFFICIAL-SENSITIVE|SECRET|TOP SECRET)$/);
    for (const page of pages) {
      const lines = linesOf(page);
      expect([lines[0], lines.at(-1)]).toEqual([banner, banner]);
    }
    expect(pages.join('\n')).toContain('Disclosure annex');
    const records = (await readAuditRecords(system.dataDirectory)).filter(
      (record) => record.requestId === requestId,
    );
    const exported = records.filter(
      (record) =>
        record.service === 'gateway' && record.processing === 'DISCLOSURE',
    );
    expect(
      exported.map((record) => [record.operationName, record.nominalIds]),
    ).toEqual([['SubjectProfileExportPdf', ['NOM-00001']]]);
    expect(exported[0]?.justification).toBe('Tasking meeting Subject Profile');
    const owners = records.filter((record) => record.service !== 'gateway');
    expect(new Set(owners.map((record) => record.service))).toEqual(
      new Set(['police', 'hmpps', 'ncahmrc', 'apmis']),
    );
    for (const owner of owners)
      expect(owner.operationName).toMatch(/^SubjectProfileExportPdf/);
  });

  it('writes a DWP officer a Word file marked in its header and footer', async () => {
    const out = join(outputs, 'dwp-officer.docx');
    const result = await runProfileCli(
      [
        '--persona',
        'dwp-officer',
        '--nominal',
        'NOM-00001',
        '--format',
        'docx',
        '--out',
        out,
      ],
      env,
    );
    expect(result.code).toBe(0);
    const word = readDocxText(readFileSync(out));
    const banner = linesOf(word.header)[0];
    expect(banner).toMatch(/^OFFICIAL/);
    expect(linesOf(word.footer).at(-1)).toBe(banner);
    expect(word.body).toContain('Disclosure annex');
  });

  it('answers an export without a token with 401 and no document', async () => {
    const response = await fetch(
      `http://127.0.0.1:${system.ports.gateway}/profiles/NOM-00001.pdf`,
    );
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('fails clearly, writing nothing, when the gateway is not running or refuses', async () => {
    const out = join(outputs, 'never.pdf');
    const down = await runProfileCli(
      [
        '--persona',
        'police-analyst',
        '--nominal',
        'NOM-00001',
        '--format',
        'pdf',
        '--out',
        out,
      ],
      { ...env, GATEWAY_URL: `http://127.0.0.1:${BASE_PORT + 50}` },
    );
    expect(down.code).toBe(1);
    expect(down.stderr).toContain('the gateway is not answering');
    const refused = await runProfileCli(
      [
        '--persona',
        'police-analyst',
        '--nominal',
        'NOM-00001',
        '--format',
        'pdf',
        '--out',
        out,
        '--purpose',
        'CURIOSITY',
      ],
      env,
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('PURPOSE_REQUIRED');
    const usage = await runProfileCli(['--persona', 'police-analyst'], env);
    expect(usage.code).toBe(2);
    expect(() => readFileSync(out)).toThrow();
  });
});
