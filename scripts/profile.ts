// Exports a nominal's Subject Profile as a development persona, through the
// running gateway (npm start), exactly as the console's export does:
//   npm run profile -- --persona police-analyst --nominal NOM-00001 --format pdf --out profile.pdf
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readDataDirectory } from '@marsoc/platform/config';
import {
  createDevelopmentIssuer,
  loadPersonas,
} from '@marsoc/platform/identity';
import { type Caller } from '@marsoc/schema';
import {
  JUSTIFICATION_HEADER,
  PURPOSE_HEADER,
  REQUEST_ID_HEADER,
} from '@marsoc/schema/wire';

const USAGE =
  'usage: npm run profile -- --persona <name> --nominal <id> --format pdf|docx --out <file> [--purpose <PURPOSE> --justification "<why>"]';
const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4000';
const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** A mistake in how the script was called: reported with exit code 2. */
class UsageError extends Error {}

interface ProfileRequest {
  caller: Caller;
  nominalId: string;
  format: string;
  out: string;
  purpose: string;
  justification: string;
}

function readRequest(argv: string[]): ProfileRequest {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        persona: { type: 'string' },
        nominal: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        purpose: { type: 'string', default: 'INTELLIGENCE_DEVELOPMENT' },
        justification: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError(
      error instanceof Error ? error.message : String(error),
    );
  }
  const { persona, nominal, format, out, purpose, justification } = values;
  if (!persona || !nominal || !format || !out) {
    throw new UsageError(
      '--persona, --nominal, --format and --out are all needed',
    );
  }
  if (!(format in CONTENT_TYPES))
    throw new UsageError('--format must be pdf or docx');
  const known = loadPersonas().get(persona);
  if (!known) throw new UsageError(`unknown persona "${persona}"`);
  return {
    caller: known.caller,
    nominalId: nominal,
    format,
    out,
    purpose,
    // The gateway still judges it; this only saves typing one in development.
    justification:
      justification ??
      `Subject Profile export of ${nominal} from the command line`,
  };
}

async function main(argv: string[]): Promise<number> {
  let request: ProfileRequest;
  try {
    request = readRequest(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    return 2;
  }
  // The same issuer key `npm start` trusts (see scripts/token.ts).
  const issuer = await createDevelopmentIssuer({
    dataDirectory: readDataDirectory(process.env),
  });
  const token = await issuer.issueToken(request.caller, {
    lifetimeSeconds: 300,
  });
  const gateway = process.env.GATEWAY_URL ?? DEFAULT_GATEWAY_URL;
  const url = new URL(
    `/profiles/${encodeURIComponent(request.nominalId)}.${request.format}`,
    gateway,
  );
  let response: Response;
  try {
    response = await fetch(url, {
      headers: {
        authorization: `Bearer ${token}`,
        [PURPOSE_HEADER]: request.purpose,
        [JUSTIFICATION_HEADER]: request.justification,
      },
    });
  } catch {
    process.stderr.write(
      `profile: the gateway is not answering at ${gateway}; start the system with npm start (or set GATEWAY_URL)\n`,
    );
    return 1;
  }
  const body = Buffer.from(await response.arrayBuffer());
  const requestId = response.headers.get(REQUEST_ID_HEADER) ?? 'none';
  if (
    response.status !== 200 ||
    response.headers.get('content-type') !== CONTENT_TYPES[request.format]
  ) {
    process.stderr.write(
      `profile: the gateway refused the export (${response.status}): ${describeError(body)}\n`,
    );
    return 1;
  }
  await writeFile(request.out, body);
  process.stdout.write(
    `wrote ${request.out} (${body.length} bytes); audit request id ${requestId}\n`,
  );
  return 0;
}

function describeError(body: Buffer): string {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as {
      errors?: { message?: string; extensions?: { code?: string } }[];
    };
    const first = parsed.errors?.[0];
    return `${first?.extensions?.code ?? 'ERROR'}: ${first?.message ?? 'no detail'}`;
  } catch {
    return 'the answer was not a document';
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `profile: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
