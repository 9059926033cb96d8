import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRegister } from './parseRegister';
import { type Register, type RegisterFile } from './types';

/** The register directory shipped with this package (schema/register). */
export const DEFAULT_REGISTER_DIRECTORY = join(
  __dirname,
  '..',
  '..',
  'register',
);

/** Reads every `.yaml`/`.yml` file of `directory` and parses them as the register. */
export function loadRegister(
  directory: string = DEFAULT_REGISTER_DIRECTORY,
): Register {
  return parseRegister(readRegisterFiles(directory));
}

export function readRegisterFiles(directory: string): RegisterFile[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort()
    .map((name) => ({
      path: name,
      text: readFileSync(join(directory, name), 'utf8'),
    }));
}
