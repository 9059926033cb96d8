// Prints a bearer token for a development persona, signed by the same local
// issuer `npm start` trusts:  npm run --silent token -- police-analyst
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readDataDirectory } from '@marsoc/platform/config';
import {
  type Persona,
  createDevelopmentIssuer,
  loadPersonas,
} from '@marsoc/platform/identity';

const USAGE =
  'usage: npm run --silent token -- <persona> [--lifetime <seconds>] [--claim key=value ...]';
const CLAIM_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** A mistake in how the script was called: reported with exit code 2. */
class UsageError extends Error {}

interface TokenRequest {
  persona: Persona;
  lifetimeSeconds?: number;
  extraClaims: Record<string, unknown>;
}

function readRequest(
  argv: string[],
  personas: ReadonlyMap<string, Persona>,
): TokenRequest {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lifetime: { type: 'string' },
        claim: { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    throw new UsageError(
      error instanceof Error ? error.message : String(error),
    );
  }
  const [handle, ...rest] = parsed.positionals;
  if (handle === undefined || rest.length > 0) {
    throw new UsageError('name exactly one persona');
  }
  const persona = personas.get(handle);
  if (!persona) throw new UsageError(`unknown persona "${handle}"`);
  return {
    persona,
    lifetimeSeconds: readLifetime(parsed.values.lifetime),
    extraClaims: Object.fromEntries((parsed.values.claim ?? []).map(readClaim)),
  };
}

function readLifetime(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) {
    throw new UsageError(
      `--lifetime must be a whole number of seconds; got "${value}"`,
    );
  }
  return Number(value);
}

/** `key=value`; the value is read as JSON when it parses (lists, numbers), else as text. */
function readClaim(text: string): [string, unknown] {
  const separator = text.indexOf('=');
  const key = text.slice(0, Math.max(separator, 0));
  if (separator < 0 || !CLAIM_NAME.test(key)) {
    throw new UsageError(
      `--claim must be key=value with a plain key; got "${text}"`,
    );
  }
  const value = text.slice(separator + 1);
  try {
    return [key, JSON.parse(value)];
  } catch {
    return [key, value];
  }
}

function describePersonas(personas: ReadonlyMap<string, Persona>): string {
  const lines = [...personas.values()].map(
    (persona) => `  ${persona.handle.padEnd(24)} ${persona.description}`,
  );
  return `known personas:\n${lines.join('\n')}`;
}

async function main(argv: string[]): Promise<number> {
  const personas = loadPersonas();
  let request: TokenRequest;
  try {
    request = readRequest(argv, personas);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(
      `${error.message}\n${USAGE}\n${describePersonas(personas)}\n`,
    );
    return 2;
  }
  // The same directory, and so the same issuer key, that `npm start` uses.
  const dataDirectory = readDataDirectory(process.env);
  // npm start creates the keys; without them no running system trusts the key made now.
  const unused = !existsSync(join(dataDirectory, 'keys'));
  const issuer = await createDevelopmentIssuer({ dataDirectory });
  let token: string;
  try {
    token = await issuer.issueToken(request.persona.caller, request);
  } catch (error) {
    // Only the options can be wrong at this point: the key has loaded.
    process.stderr.write(
      `${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`,
    );
    return 2;
  }
  if (unused)
    process.stderr.write(
      `token: no npm start has used the data directory ${dataDirectory} yet, so this token is signed with a key made just now: only an npm start with this DATA_DIR will accept it\n`,
    );
  process.stdout.write(`${token}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `token: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
