import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';

const PROJECT_ROOT = resolve(__dirname, '..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run policy -- <args>` as a real process, as a person would run it. */
function runPolicy(
  args: readonly string[],
  dataDirectory: string,
): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/policy.ts', ...args],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, DATA_DIR: dataDirectory },
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error
          ? typeof error.code === 'number'
            ? error.code
            : 1
          : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** The ncahmrc store as the subgraph keeps it, with a few recorded grants. */
function writeGrantStore(directory: string): void {
  const database = new Database(join(directory, 'ncahmrc.sqlite'));
  database.pragma('journal_mode = WAL');
  database.exec(`CREATE TABLE disclosure_grants (
    id TEXT PRIMARY KEY, owner TEXT NOT NULL, nominal_id TEXT NOT NULL, category TEXT NOT NULL,
    recipient TEXT NOT NULL, purpose TEXT NOT NULL, legal_basis TEXT NOT NULL, granted_by TEXT NOT NULL,
    granted_at TEXT NOT NULL, expires_at TEXT NOT NULL, revoked_at TEXT)`);
  const insert = database.prepare(
    'INSERT INTO disclosure_grants VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const grant = (
    id: string,
    nominal: string,
    category: string,
    recipient: string,
    expires: string,
    revoked: string | null,
  ) =>
    insert.run(
      id,
      'HMRC',
      nominal,
      category,
      recipient,
      'INTELLIGENCE_DEVELOPMENT',
      'CRCA 2005 s.18(2)(b)',
      'dev-0006-hmrc-disclosure-officer',
      '2020-01-01T00:00:00Z',
      expires,
      revoked,
    );
  grant('GRANT-1', 'NOM-00001', 'TAX', 'POLICE', '2099-01-01T00:00:00Z', null);
  grant(
    'GRANT-2',
    'NOM-00001',
    'ASSETS',
    'POLICE',
    '2021-01-01T00:00:00Z',
    null,
  );
  grant(
    'GRANT-3',
    'NOM-00001',
    'ASSETS',
    'HMPPS',
    '2099-01-01T00:00:00Z',
    null,
  );
  grant(
    'GRANT-4',
    'NOM-00001',
    'ASSETS',
    'POLICE',
    '2099-01-01T00:00:00Z',
    '2022-01-01T00:00:00Z',
  );
  grant('GRANT-5', 'NOM-00002', 'TAX', 'POLICE', '2099-01-01T00:00:00Z', null);
  database.close();
}

/** The line `policy explain` prints for one coordinate. */
function lineFor(output: string, coordinate: string): string {
  const line = output
    .split('\n')
    .find((candidate) => candidate.trim().startsWith(`${coordinate} `));
  if (!line) throw new Error(`no line for ${coordinate}`);
  return line;
}

interface ExplainJson {
  fields: {
    coordinate: string;
    marking: { owner: string; category: string };
    decision: { level: string; reason: string };
  }[];
}

interface DiffJson {
  count: number;
  changes: {
    owner: string;
    category: string;
    recipient: string;
    purpose: string;
    before: string;
    after: string;
    roles: string[];
  }[];
}

let emptyDataDirectory: string;
let grantDataDirectory: string;
let analyst: Run;
let analystIfSigned: Run;
let analystWithGrants: Run;
let dwpJson: Run;
let diffText: Run;
let diffJson: Run;
let badPersona: Run;

beforeAll(async () => {
  emptyDataDirectory = mkdtempSync(join(tmpdir(), 'policy-cli-empty-'));
  grantDataDirectory = mkdtempSync(join(tmpdir(), 'policy-cli-grants-'));
  writeGrantStore(grantDataDirectory);
  const explain = [
    'explain',
    '--persona',
    'police-analyst',
    '--nominal',
    'NOM-00001',
  ];
  // Every process at once: each spends most of its second starting tsx.
  [
    analyst,
    analystIfSigned,
    analystWithGrants,
    dwpJson,
    diffText,
    diffJson,
    badPersona,
  ] = await Promise.all([
    runPolicy(explain, emptyDataDirectory),
    runPolicy([...explain, '--sign', 'MARSOC_ISA'], emptyDataDirectory),
    runPolicy(explain, grantDataDirectory),
    runPolicy(
      [
        'explain',
        '--persona',
        'dwp-officer',
        '--nominal',
        'NOM-00001',
        '--json',
      ],
      emptyDataDirectory,
    ),
    runPolicy(['diff', '--sign', 'MARSOC_ISA'], emptyDataDirectory),
    runPolicy(['diff', '--sign', 'MARSOC_ISA', '--json'], emptyDataDirectory),
    runPolicy(
      ['explain', '--persona', 'nobody', '--nominal', 'NOM-00001'],
      emptyDataDirectory,
    ),
  ]);
}, 60_000);

afterAll(() => {
  rmSync(emptyDataDirectory, { recursive: true, force: true });
  rmSync(grantDataDirectory, { recursive: true, force: true });
});

describe('npm run policy -- explain', () => {
  it('shows a police analyst HMRC tax only as EXISTENCE while the ISA is draft, naming the rules', () => {
    // Seed 000 E603 / seed 001 M219: the ISA is unsigned; CRCA 2005 s.19 forbids SUMMARY.
    expect(analyst.code).toBe(0);
    const line = lineFor(analyst.stdout, 'HmrcRecord.taxReference');
    expect(line).toMatch(/\bEXISTENCE\b/);
    expect(line).toContain('AGREEMENT_NOT_SIGNED');
    expect(line).toContain('hmrc-existence-criminal-investigation');
    expect(line).toContain('hmrc-to-partners-isa');
    expect(analyst.stdout).toMatch(/^HMRC TAX \(\d+ fields\)$/m);
    expect(analyst.stdout).toMatch(/route: Ask the HMRC MARSOC Officer/);
  });

  it('neither confirms nor denies an NCA covert interest to a police analyst', () => {
    expect(lineFor(analyst.stdout, 'NcaRecord.covertInterest')).toMatch(
      /\bNCND\b.*nca-covert-interest-ncnd/,
    );
  });

  it('says where grants live when there is no store, and that record-level checks happen per record', () => {
    expect(analyst.stdout).toContain(
      'no grant store found; run npm start once',
    );
    expect(analyst.stdout).toMatch(
      /record-level checks are evaluated per record at query time/,
    );
    expect(analyst.stdout).toMatch(
      /handling code C.*originator\s+consent.*covert flag/s,
    );
  });

  it('opens HMRC tax to the analyst in full on a what-if register where the ISA is signed', () => {
    expect(analystIfSigned.code).toBe(0);
    expect(analystIfSigned.stdout).toMatch(/WHAT-IF with MARSOC_ISA SIGNED/);
    expect(lineFor(analystIfSigned.stdout, 'HmrcRecord.taxReference')).toMatch(
      /\bFULL\b.*hmrc-to-partners-isa/,
    );
    // Signing the ISA never opens covert interest (docs/policy-model.md#nca).
    expect(lineFor(analystIfSigned.stdout, 'NcaRecord.covertInterest')).toMatch(
      /\bNCND\b/,
    );
  });

  it('shows which fields a recorded case-specific disclosure raises for this caller, and which grants raise nothing', () => {
    expect(analystWithGrants.code).toBe(0);
    const out = analystWithGrants.stdout;
    expect(out).toMatch(
      /grant GRANT-1: HMRC TAX to POLICE for INTELLIGENCE_DEVELOPMENT; IN_EFFECT/,
    );
    expect(out).toMatch(
      /HmrcRecord\.taxReference\s+EXISTENCE -> FULL\s+CASE_SPECIFIC_DISCLOSURE\s+rules grant:GRANT-1/,
    );
    for (const [id, state] of [
      ['GRANT-2', 'EXPIRED'],
      ['GRANT-3', 'IN_EFFECT'],
      ['GRANT-4', 'REVOKED'],
    ]) {
      const section = out.slice(out.indexOf(`grant ${id ?? ''}:`));
      expect(section).toMatch(
        new RegExp(
          `^grant ${id}: [^\\n]*; ${state}\\n[^\\n]*\\n\\s*raises nothing for this caller now`,
        ),
      );
    }
    expect(out).not.toContain('GRANT-5');
    // The field decision itself is unchanged: grants are per nominal, not per field.
    expect(lineFor(out, 'HmrcRecord.taxReference')).toMatch(/\bEXISTENCE\b/);
  });

  it('releases no field as such to a DWP officer: APMIS identity and cohort wait for the record (seed 000 E633-E635)', () => {
    // docs/policy-model.md#dwp: DWP attends forums but has no agreement (seed 000 E603). Issue
    // 16 point 4: it sees identity and cohort status only for nominals put to
    // a forum in its own region, decided per record, so no field opens to it
    // by itself; explain says so with REGION_NOT_PERMITTED.
    expect(dwpJson.code).toBe(0);
    const report = JSON.parse(dwpJson.stdout) as ExplainJson;
    expect(report.fields.length).toBeGreaterThan(100);
    const released = report.fields.filter(
      (field) => !['WITHHELD', 'NCND'].includes(field.decision.level),
    );
    expect(released).toEqual([]);
    const regional = report.fields.filter(
      (field) => field.decision.reason === 'REGION_NOT_PERMITTED',
    );
    expect(
      new Set(
        regional.map(
          (field) => `${field.marking.owner} ${field.marking.category}`,
        ),
      ),
    ).toEqual(
      // And the forums of its own regions, where it sits in as a silent
      // attendee (seed 000 E496), per meeting record.
      new Set(['MARSOC IDENTITY', 'MARSOC COHORT', 'MARSOC FORUM_MEETINGS']),
    );
  });
});

describe('npm run policy -- diff', () => {
  it('lists HMRC tax to police among the decisions signing the ISA would raise, with a count', () => {
    expect(diffText.code).toBe(0);
    expect(diffText.stdout).toMatch(
      /^Signing MARSOC_ISA .* would raise (\d+) decisions/,
    );
    expect(diffText.stdout).toMatch(/^HMRC -> POLICE \(\d+ decisions\)$/m);
    const police = diffText.stdout.slice(
      diffText.stdout.indexOf('HMRC -> POLICE'),
    );
    expect(police).toMatch(
      /^ {2}TAX\s+EXISTENCE -> FULL\s+purposes [A-Z_, ]*INTELLIGENCE_DEVELOPMENT/m,
    );
    expect(diffText.stdout).toMatch(/^NCA -> POLICE /m);
  });

  it('gives the same changes as JSON, each a rise and never covert interest', () => {
    expect(diffJson.code).toBe(0);
    const report = JSON.parse(diffJson.stdout) as DiffJson;
    expect(report.count).toBe(report.changes.length);
    expect(report.changes).toContainEqual(
      expect.objectContaining({
        owner: 'HMRC',
        category: 'TAX',
        recipient: 'POLICE',
        purpose: 'INTELLIGENCE_DEVELOPMENT',
        before: 'EXISTENCE',
        after: 'FULL',
      }),
    );
    expect(
      report.changes.filter(
        (change) => change.category === 'NCA_COVERT_INTEREST',
      ),
    ).toEqual([]);
    expect(diffText.stdout).toContain(`would raise ${report.count} decisions`);
  });

  it('names the statutory gateway under each opened category and lists what stays closed with why (issue 16 point 1)', () => {
    const police = diffText.stdout.slice(
      diffText.stdout.indexOf('HMRC -> POLICE'),
    );
    expect(police).toMatch(
      /^ {2}TAX\s+EXISTENCE -> FULL[^\n]*\n {4}under CRCA 2005 s\.18\(2\)\(d\)/m,
    );
    const closed = diffText.stdout.slice(
      diffText.stdout.indexOf('Stays closed when MARSOC_ISA is signed'),
    );
    expect(closed).toMatch(/^Stays closed when MARSOC_ISA is signed/);
    const hmrcToPolice = closed.slice(closed.indexOf('\nHMRC -> POLICE\n'));
    expect(hmrcToPolice).toMatch(
      /^ {2}TAX_INVESTIGATIONS\s+WITHHELD\s+purposes [^\n]*\n {4}no statutory gateway opens it/m,
    );
    const ncaToHmpps = closed.slice(closed.indexOf('\nNCA -> HMPPS\n'));
    expect(ncaToHmpps).toMatch(
      /^ {2}FINANCIAL_INTELLIGENCE\s+WITHHELD[^\n]*\n {4}forbidden: Home Office Circular 022\/2015/m,
    );
  });
});

describe('calling npm run policy wrongly', () => {
  it('exits 2 from a real process for an unknown persona, listing the personas', () => {
    expect(badPersona.code).toBe(2);
    expect(badPersona.stdout).toBe('');
    expect(badPersona.stderr).toMatch(/unknown persona "nobody"/);
    expect(badPersona.stderr).toMatch(
      /police-analyst\s+ROCU intelligence analyst/,
    );
  });
});
