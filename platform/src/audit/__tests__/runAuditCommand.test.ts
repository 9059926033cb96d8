import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runAuditCommand } from '../cli/runAuditCommand';
import { createFileAuditSink } from '../fileSink';
import {
  createInput,
  createTemporaryDirectory,
  removeDirectory,
  silentLog,
} from './fixtures';

let directory: string;

beforeEach(async () => {
  directory = await createTemporaryDirectory();
  for (const service of ['gateway', 'police']) {
    const sink = await createFileAuditSink({
      directory,
      service,
      log: silentLog,
    });
    await sink.append(createInput({ service, requestId: 'req-analyst' }));
    await sink.append(
      createInput({
        service,
        requestId: 'req-auditor',
        actor: {
          sub: 'auditor-1',
          agency: 'MARSOC',
          unit: 'National Team',
          roles: ['AUDITOR'],
          vetting: 'SC',
        },
        purpose: 'AUDIT',
      }),
    );
    await sink.close();
  }
});

afterEach(async () => {
  await removeDirectory(directory);
});

async function run(args: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = await runAuditCommand({
    args,
    env: { DATA_DIR: directory, ...env },
    projectRoot: '/nonexistent',
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  });
  return { code, out, err };
}

describe('npm run audit', () => {
  it('verify prints each chain with its count and exits 0 when every chain is intact', async () => {
    const { code, out } = await run(['verify']);
    expect(code).toBe(0);
    expect(out).toContain(
      `ok      ${join(directory, 'audit-gateway.jsonl')} chain gateway: 2 records`,
    );
    expect(out).toContain('audit log ok: 2 chains, 4 records');
  });

  it('verify names the file, line, sequence and problem of the first bad record and exits 1', async () => {
    const path = join(directory, 'audit-police.jsonl');
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('"req-analyst"', '"req-analyst-2"'));
    const { code, out } = await run(['verify']);
    expect(code).toBe(1);
    expect(out).toContain(
      `FAILED  ${path} chain police at line 1: sequence 1 (record 1) HASH_MISMATCH`,
    );
  });

  it("who-accessed lists the consultations of a nominal without the auditor's own", async () => {
    const { code, out } = await run([
      'who-accessed',
      'N-000123',
      '--auditor',
      'auditor-1',
    ]);
    expect(code).toBe(0);
    expect(out).toContain('Accesses to N-000123: 2');
    expect(out).toContain('Ada Analyst (police-analyst-1)');
    expect(out).not.toContain('auditor-1');
  });

  it('who-accessed warns when the log it reads failed verification', async () => {
    const path = join(directory, 'audit-gateway.jsonl');
    await writeFile(path, (await readFile(path, 'utf8')).slice(0, -20));
    const { err } = await run([
      'who-accessed',
      'N-000123',
      '--auditor',
      'auditor-1',
    ]);
    expect(err).toContain('WARNING: FAILED');
    expect(err).toContain('TRUNCATED');
  });

  it('prints usage and exits 2 for an unknown command', async () => {
    const { code, err } = await run(['delete-everything']);
    expect(code).toBe(2);
    expect(err).toContain('usage: npm run audit -- verify');
  });

  it('names a missing data directory', async () => {
    const { code, err } = await run(['verify'], {
      DATA_DIR: join(directory, 'missing'),
    });
    expect(code).toBe(1);
    expect(err).toContain(
      `no audit log directory at ${join(directory, 'missing')}`,
    );
  });

  it('names a bad AUDIT_SINK value', async () => {
    const { code, err } = await run(['verify'], { AUDIT_SINK: 'postgres' });
    expect(code).toBe(1);
    expect(err).toContain('AUDIT_SINK must be file or redis; got "postgres"');
  });
});
