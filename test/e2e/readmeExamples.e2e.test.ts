import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readBasePort } from './readBasePort';
import { type StartedSystem, startSystem } from './startSystem';

// Issue 17 point 7, done-when: the README's every command and example works as
// written. Each shell example that asks the gateway (and the audit commands)
// runs here, in README order, against a freshly started system; only the
// gateway's address differs from the README's.

const ROOT = join(__dirname, '..', '..');
const BASE_PORT = readBasePort('README_E2E_BASE_PORT', 15900, 6);
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const run = promisify(execFile);

const SHELL_BLOCKS = [...README.matchAll(/^```sh\n([\s\S]*?)^```/gm)].map(
  (match) => match[1] ?? '',
);
const ASK_DEFINITION = SHELL_BLOCKS.find((block) => /^ask\(\) \{/m.test(block));
const EXAMPLES = SHELL_BLOCKS.filter(
  (block) =>
    block !== ASK_DEFINITION &&
    (/^ask /m.test(block) ||
      /curl -s http:\/\/127\.0\.0\.1:4000/.test(block) ||
      /^npm run audit/m.test(block)),
);

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

describe("the README's examples, run as written", () => {
  let system: StartedSystem;
  const runBlock = async (block: string) => {
    const script = `set -euo pipefail\n${ASK_DEFINITION ?? ''}\n${block.replaceAll(
      'http://127.0.0.1:4000',
      `http://127.0.0.1:${system.ports.gateway}`,
    )}`;
    const { stdout } = await run('bash', ['-c', script], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATA_DIR: system.dataDirectory,
        GATEWAY_URL: `http://127.0.0.1:${system.ports.gateway}`,
      },
      timeout: 170_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout;
  };

  beforeAll(async () => {
    system = await startSystem(BASE_PORT);
  }, 180_000);
  afterAll(() => system.stop());

  it('has an ask helper and examples to run', () => {
    expect(ASK_DEFINITION).toBeDefined();
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(8);
  });

  it.each(EXAMPLES.map((block) => [block.split('\n')[0] ?? '', block]))(
    'runs %s',
    async (_, block) => {
      const output = await runBlock(block);
      if (block.startsWith('npm run audit')) {
        expect(output).toContain('audit log ok');
        expect(output).toContain('Accesses to NOM-00001');
        return;
      }
      const answers = output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Answer);
      const asks = (block.match(/^(ask |curl )/gm) ?? []).length;
      expect(answers).toHaveLength(asks);
      for (const answer of answers) {
        expect(answer.data).toBeTruthy();
        // A withheld category is the register at work; anything else is a broken example.
        const codes = (answer.errors ?? []).map(
          (error) => error.extensions?.code,
        );
        expect(codes.filter((code) => code !== 'WITHHELD')).toEqual([]);
      }
    },
    170_000,
  );
});
