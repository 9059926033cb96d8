import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadRegister } from '@marsoc/schema/register';
import { formatSigningDiff } from '../scripts/policy/formatSigningDiff';
import { runPolicyCommand } from '../scripts/policy/runPolicyCommand';

// The policy command run in this process: the cases policyCli.test.ts would
// otherwise spend a process start on each.
const PROJECT_ROOT = resolve(__dirname, '..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let emptyDataDirectory: string;
beforeAll(() => {
  emptyDataDirectory = mkdtempSync(join(tmpdir(), 'policy-cli-usage-'));
});
afterAll(() => rmSync(emptyDataDirectory, { recursive: true, force: true }));

/** The same command in this process, for the many ways of calling it wrongly. */
async function runInProcess(args: readonly string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runPolicyCommand({
    args,
    env: { DATA_DIR: emptyDataDirectory },
    projectRoot: PROJECT_ROOT,
    now: () => '2025-06-01T00:00:00.000Z',
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

describe('npm run policy -- diff, in process', () => {
  it('says an agreement already in force opens nothing more', async () => {
    const result = await runInProcess(['diff', '--sign', 'POLICE_HMPPS_MOU']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/would raise no decision/);
  });

  it('says signing an agreement that is already SIGNED changes nothing', () => {
    const agreement = loadRegister().agreements.get('MARSOC_ISA');
    if (!agreement) throw new Error('the register has no MARSOC_ISA');
    expect(formatSigningDiff({ ...agreement, status: 'SIGNED' }, [])).toBe(
      'MARSOC_ISA is already SIGNED: signing it changes nothing.\n',
    );
  });
});

describe('calling npm run policy wrongly', () => {
  it.each([
    [
      [
        'explain',
        '--persona',
        'police-analyst',
        '--nominal',
        'NOM-00001',
        '--purpose',
        'CURIOSITY',
      ],
      /the purposes are COHORT_MANAGEMENT, INTELLIGENCE_DEVELOPMENT/,
    ],
    [
      [
        'explain',
        '--persona',
        'police-analyst',
        '--nominal',
        'NOM-00001',
        '--sign',
        'NO_SUCH_ISA',
      ],
      /unknown agreement "NO_SUCH_ISA"\nknown agreements:\n\s+MARSOC_ISA/,
    ],
    [
      ['diff', '--sign', 'NO_SUCH_ISA'],
      /known agreements:[\s\S]*POLICE_HMPPS_MOU/,
    ],
    [
      [
        'explain',
        '--persona',
        'police-analyst',
        '--nominal',
        'NOM-00001',
        '--verbose',
      ],
      /Unknown option '--verbose'.*the options are --persona, --nominal/,
    ],
    [['explain', '--nominal', 'NOM-00001'], /explain needs --persona/],
    [['explain', '--persona', 'police-analyst'], /explain needs --nominal/],
    [
      ['explain', '--persona', 'police-analyst', '--nominal', "NOM-1' OR 1=1"],
      /--nominal must be a nominal id/,
    ],
    [
      [
        'explain',
        '--persona',
        'police-analyst',
        '--nominal',
        'NOM-00001',
        '--justification',
        'why',
      ],
      /--justification must be at least/,
    ],
    [['diff'], /diff needs exactly one --sign/],
    [
      ['diff', '--sign', 'MARSOC_ISA', '--sign', 'POLICE_HMPPS_MOU'],
      /diff needs exactly one --sign/,
    ],
    [
      ['diff', '--sign', 'MARSOC_ISA', '--persona', 'police-analyst'],
      /diff does not take --persona/,
    ],
    [
      ['sign-everything'],
      /unknown command "sign-everything"; the commands are explain, diff and personas/,
    ],
    [[], /name a command/],
  ])('exits 2 for %j and says what is valid', async (args, message) => {
    const result = await runInProcess(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('usage: npm run policy -- explain');
  });
});
