import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
} from 'yaml';
import { type Enumeration } from '../vocabulary';
import { RegisterError } from './RegisterError';
import { type RegisterFile } from './types';

/**
 * Reading register YAML node by node, so that every refusal can name the line it
 * is about. Values are never converted with `toJS()`: that would lose positions.
 */
export interface YamlSource {
  file: string;
  document: Document.Parsed;
  lineCounter: LineCounter;
}

/** A node of the document, or null where a key has no value. */
export type YamlNode = unknown;

/** A key of a mapping with its value and where it stands. */
export interface YamlEntry {
  source: YamlSource;
  key: string;
  value: YamlNode;
  line: number;
}

export function parseYaml(file: RegisterFile): {
  source: YamlSource;
  root: YamlNode;
} {
  const lineCounter = new LineCounter();
  const document = parseDocument(file.text, { lineCounter, uniqueKeys: true });
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem) {
    const line = problem.linePos?.[0].line ?? 1;
    const summary = (problem.message.split('\n')[0] ?? problem.code).replace(
      /:$/,
      '',
    );
    throw new RegisterError(file.path, line, `malformed YAML: ${summary}`);
  }
  const source = { file: file.path, document, lineCounter };
  return { source, root: document.contents };
}

/** The 1-based line a node starts on (1 when it has no position). */
export function lineOf(source: YamlSource, node: YamlNode): number {
  const range = (node as { range?: readonly number[] } | null)?.range;
  const offset = range?.[0];
  if (offset === undefined) return 1;
  return Math.max(1, source.lineCounter.linePos(offset).line);
}

export function fail(source: YamlSource, line: number, problem: string): never {
  throw new RegisterError(source.file, line, problem);
}

function resolveAlias(source: YamlSource, node: YamlNode): YamlNode {
  return isAlias(node) ? (node.resolve(source.document) ?? null) : node;
}

/** The entries of a mapping, by key. */
export interface YamlMapping {
  line: number;
  /** The entry for a key `readMapping` was told is required. */
  required(key: string): YamlEntry;
  optional(key: string): YamlEntry | undefined;
}

/**
 * The entries of a mapping, refusing keys outside `allowed` (a typo such as
 * `exceptAgencys` must not silently widen access) and missing `required` ones.
 */
export function readMapping(
  source: YamlSource,
  node: YamlNode,
  what: string,
  keys: { required: readonly string[]; optional?: readonly string[] },
): YamlMapping {
  const resolved = resolveAlias(source, node);
  const line = lineOf(source, resolved);
  if (!isMap(resolved)) fail(source, line, `${what} must be a mapping`);
  const allowed = new Set([...keys.required, ...(keys.optional ?? [])]);
  const entries = new Map<string, YamlEntry>();
  for (const pair of resolved.items) {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    const keyLine = lineOf(source, pair.key);
    if (typeof key !== 'string' || !allowed.has(key)) {
      const known = [...allowed].join(', ');
      fail(
        source,
        keyLine,
        `unknown key ${JSON.stringify(key)} in ${what} (expected ${known})`,
      );
    }
    const value = resolveAlias(source, pair.value);
    entries.set(key, { source, key, value, line: keyLine });
  }
  const required = (key: string): YamlEntry =>
    entries.get(key) ?? fail(source, line, `${what} is missing ${key}`);
  keys.required.forEach(required);
  return { line, required, optional: (key) => entries.get(key) };
}

export function readString(entry: YamlEntry): string {
  const value = isScalar(entry.value) ? entry.value.value : undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    fail(entry.source, entry.line, `${entry.key} must be a non-empty string`);
  }
  return value;
}

/** The items of a sequence, each with the line it stands on. */
export function readSequence(entry: YamlEntry): YamlEntry[] {
  if (!isSeq(entry.value))
    fail(entry.source, entry.line, `${entry.key} must be a list`);
  return entry.value.items.map((item) => {
    const value = resolveAlias(entry.source, item);
    const line = lineOf(entry.source, item);
    return { source: entry.source, key: entry.key, value, line };
  });
}

export function readStringList(entry: YamlEntry): string[] {
  const items = readSequence(entry);
  if (items.length === 0)
    fail(entry.source, entry.line, `${entry.key} must not be empty`);
  return items.map(readString);
}

/** True when the entry is the wildcard `'*'`. */
export function isWildcard(entry: YamlEntry): boolean {
  return isScalar(entry.value) && entry.value.value === '*';
}

export function readEnum<T extends string>(
  entry: YamlEntry,
  enumeration: Enumeration<T>,
): T {
  const value = readString(entry);
  if (!enumeration.is(value)) {
    const expected = enumeration.values.join(', ');
    fail(
      entry.source,
      entry.line,
      `unknown ${enumeration.name} ${JSON.stringify(value)} in ${entry.key} (expected one of ${expected})`,
    );
  }
  return value;
}

export function readEnumList<T extends string>(
  entry: YamlEntry,
  enumeration: Enumeration<T>,
): T[] {
  const items = readSequence(entry);
  if (items.length === 0)
    fail(entry.source, entry.line, `${entry.key} must not be empty`);
  const values = items.map((item) => readEnum(item, enumeration));
  const duplicate = values.find(
    (value, index) => values.indexOf(value) !== index,
  );
  if (duplicate !== undefined) {
    fail(entry.source, entry.line, `${entry.key} lists ${duplicate} twice`);
  }
  return values;
}
