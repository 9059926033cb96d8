/**
 * `npm run audit -- verify` checks every audit hash chain;
 * `npm run audit -- who-accessed <nominalId>` lists who consulted a nominal.
 */
import { resolve } from 'node:path';
import { runAuditCommand } from '@marsoc/platform/audit';

runAuditCommand({
  args: process.argv.slice(2),
  env: process.env,
  projectRoot: resolve(__dirname, '..'),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
