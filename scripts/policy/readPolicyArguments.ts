import { parseArgs } from 'node:util';
import { UsageError } from './UsageError';

export interface ExplainArguments {
  command: 'explain';
  persona: string;
  nominal: string;
  purpose?: string;
  justification?: string;
  sign: readonly string[];
  json: boolean;
}

export interface DiffArguments {
  command: 'diff';
  sign: string;
  json: boolean;
}

export interface PersonasArguments {
  command: 'personas';
  write: boolean;
  check: boolean;
}

export type PolicyArguments =
  ExplainArguments | DiffArguments | PersonasArguments | { command: 'help' };

export const USAGE = [
  'usage: npm run policy -- explain --persona <handle> --nominal <id>',
  '         [--purpose <PURPOSE>] [--justification <text>] [--sign <agreement>]... [--json]',
  '       npm run policy -- diff --sign <agreement> [--json]',
  '       npm run policy -- personas [--write | --check]',
].join('\n');

const OPTIONS = {
  persona: { type: 'string' },
  nominal: { type: 'string' },
  purpose: { type: 'string' },
  justification: { type: 'string' },
  sign: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  write: { type: 'boolean' },
  check: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const EXPLAIN_ONLY = ['persona', 'nominal', 'purpose', 'justification'];

/**
 * Reads the command line into one request. Only its shape is checked here;
 * whether a persona, purpose or agreement exists is the register's and the
 * personas file's to say.
 */
export function readPolicyArguments(args: readonly string[]): PolicyArguments {
  const { values, positionals } = parseStrictly(args);
  if (values.help) return { command: 'help' };
  const [command, ...extra] = positionals;
  if (extra.length > 0) {
    throw new UsageError(`unexpected argument "${extra.join(' ')}"`);
  }
  const sign = values.sign ?? [];
  const json = values.json ?? false;
  if (command === 'explain') {
    return {
      command,
      persona: requireValue(values.persona, '--persona <handle>'),
      nominal: requireValue(values.nominal, '--nominal <id>'),
      purpose: values.purpose,
      justification: values.justification,
      sign,
      json,
    };
  }
  if (command === 'diff') {
    const given = EXPLAIN_ONLY.filter((name) => name in values);
    if (given.length > 0) {
      throw new UsageError(`diff does not take --${given.join(', --')}`);
    }
    const [agreement, ...more] = sign;
    if (agreement === undefined || more.length > 0) {
      throw new UsageError('diff needs exactly one --sign <agreement>');
    }
    return { command, sign: agreement, json };
  }
  if (command === 'personas') {
    const given = Object.keys(values).filter(
      (name) => name !== 'write' && name !== 'check',
    );
    if (given.length > 0) {
      throw new UsageError(`personas does not take --${given.join(', --')}`);
    }
    if (values.write && values.check) {
      throw new UsageError('personas takes --write or --check, not both');
    }
    return {
      command,
      write: values.write ?? false,
      check: values.check ?? false,
    };
  }
  throw new UsageError(
    command === undefined
      ? 'name a command: explain, diff or personas'
      : `unknown command "${command}"; the commands are explain, diff and personas`,
  );
}

function parseStrictly(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(
      `${error instanceof Error ? error.message : String(error)}; the options are ${Object.keys(
        OPTIONS,
      )
        .map((name) => `--${name}`)
        .join(', ')}`,
    );
  }
}

function requireValue(value: string | undefined, option: string): string {
  if (value === undefined || value.trim() === '') {
    throw new UsageError(`explain needs ${option}`);
  }
  return value;
}
