import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Caller } from '@marsoc/schema/caller';
import { parse } from 'yaml';

import { isRecord, parseCallerClaims } from './claims';

/** The reviewable file of development personas shipped beside this module. */
export const DEFAULT_PERSONAS_FILE = path.join(__dirname, 'personas.yaml');

export interface Persona {
  /** The persona's handle, e.g. "police-analyst". */
  handle: string;
  description: string;
  caller: Caller;
}

const HANDLE = /^[a-z][a-z0-9-]{0,63}$/;
const CALLER_KEYS = [
  'sub',
  'name',
  'agency',
  'unit',
  'regions',
  'roles',
  'vetting',
];
const PERSONA_KEYS = new Set(['description', ...CALLER_KEYS]);

/**
 * Loads and validates the personas file. Any unknown key, missing claim or value
 * outside the vocabulary is an error naming the file and the persona.
 */
export function loadPersonas(
  file: string = DEFAULT_PERSONAS_FILE,
): ReadonlyMap<string, Persona> {
  const document: unknown = parse(readFileSync(file, 'utf8'));
  if (!isRecord(document) || !isRecord(document.personas)) {
    throw new Error(`${file}: expected a top-level "personas" mapping`);
  }
  const personas = new Map<string, Persona>();
  for (const [handle, entry] of Object.entries(document.personas)) {
    personas.set(handle, readPersona(file, handle, entry));
  }
  return personas;
}

function readPersona(file: string, handle: string, entry: unknown): Persona {
  const fail = (problem: string): never => {
    throw new Error(`${file}: persona "${handle}" ${problem}`);
  };
  if (!HANDLE.test(handle)) fail(`must be named in lower-case-with-dashes`);
  if (!isRecord(entry)) return fail('must be a mapping');
  const unknown = Object.keys(entry).filter((key) => !PERSONA_KEYS.has(key));
  if (unknown.length > 0) fail(`has unknown keys: ${unknown.join(', ')}`);
  if (
    typeof entry.description !== 'string' ||
    entry.description.trim() === ''
  ) {
    fail('needs a description');
  }
  try {
    return {
      handle,
      description: String(entry.description),
      caller: parseCallerClaims(entry),
    };
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
