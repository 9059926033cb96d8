import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  MIN_JUSTIFICATION_LENGTH,
  Purpose,
  type RequestPurpose,
} from '@marsoc/schema';
import { loadRegister } from '@marsoc/schema/register';
import { readSupergraphMarkings } from '@marsoc/schema/supergraph-markings';
import { type Persona, loadPersonas } from '@marsoc/platform/identity';
import { applySignatures } from './applySignatures';
import { buildExplainReport } from './buildExplainReport';
import { formatExplainReport } from './formatExplainReport';
import { type PolicyCommandIo } from './PolicyCommandIo';
import { readDatabaseUrl } from '@marsoc/platform/store';
import { readDisclosureGrants } from './readDisclosureGrants';
import { type ExplainArguments } from './readPolicyArguments';
import { UsageError } from './UsageError';

const DEFAULT_PURPOSE: Purpose = 'INTELLIGENCE_DEVELOPMENT';
const DEFAULT_JUSTIFICATION = 'policy explain: reviewing field decisions';
const NOMINAL_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;

/** `policy explain`: every field decision for one persona, then the nominal's grants in every owner's store. */
export async function runExplain(
  io: PolicyCommandIo,
  args: ExplainArguments,
): Promise<number> {
  const persona = findPersona(args.persona);
  const purpose = readPurpose(args);
  if (!NOMINAL_ID.test(args.nominal)) {
    throw new UsageError(
      `--nominal must be a nominal id such as NOM-00001; got "${args.nominal}"`,
    );
  }
  const register = applySignatures(loadRegister(), args.sign);
  const supergraph = readFileSync(
    join(io.projectRoot, 'schema', 'supergraph.graphql'),
    'utf8',
  );
  const report = buildExplainReport({
    persona,
    purpose,
    register,
    signed: [...new Set(args.sign)].sort(),
    markings: readSupergraphMarkings(supergraph),
    nominalId: args.nominal,
    grantStores: await readDisclosureGrants(
      {
        dataDirectory: locateDataDirectory(io),
        databaseUrl: readDatabaseUrl(io.env),
      },
      args.nominal,
    ),
    now: io.now(),
  });
  io.out(
    args.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : formatExplainReport(report),
  );
  return 0;
}

function findPersona(handle: string): Persona {
  const personas = loadPersonas();
  const persona = personas.get(handle);
  if (persona) return persona;
  const known = [...personas.values()].map(
    (candidate) => `  ${candidate.handle.padEnd(24)} ${candidate.description}`,
  );
  throw new UsageError(
    `unknown persona "${handle}"\nknown personas:\n${known.join('\n')}`,
  );
}

function readPurpose(args: ExplainArguments): RequestPurpose {
  const purpose = args.purpose ?? DEFAULT_PURPOSE;
  if (!Purpose.is(purpose)) {
    throw new UsageError(
      `unknown purpose "${purpose}"; the purposes are ${Purpose.values.join(', ')}`,
    );
  }
  const justification = args.justification ?? DEFAULT_JUSTIFICATION;
  if (justification.trim().length < MIN_JUSTIFICATION_LENGTH) {
    throw new UsageError(
      `--justification must be at least ${MIN_JUSTIFICATION_LENGTH} characters`,
    );
  }
  return { purpose, justification };
}

/** DATA_DIR as the services read it (default `.data` under the project root); never created here. */
function locateDataDirectory(io: PolicyCommandIo): string {
  const raw = io.env.DATA_DIR;
  return resolve(
    io.projectRoot,
    raw === undefined || raw === '' ? '.data' : raw,
  );
}
