/**
 * The register's command-line tools, over the same engine enforcement uses:
 *   npm run policy -- explain --persona police-analyst --nominal NOM-00001 [--sign MARSOC_ISA]
 *   npm run policy -- diff --sign MARSOC_ISA
 *   npm run policy -- personas [--write | --check]
 */
import { resolve } from 'node:path';
import { runPolicyCommand } from './policy/runPolicyCommand';

void runPolicyCommand({
  args: process.argv.slice(2),
  env: process.env,
  projectRoot: resolve(__dirname, '..'),
  now: () => new Date().toISOString(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then((code) => (process.exitCode = code));
