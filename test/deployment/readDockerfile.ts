/** One instruction: its keyword (upper case) and the rest of its line, continuations joined. */
export interface DockerInstruction {
  keyword: string;
  text: string;
}

export interface DockerStage {
  name: string;
  base: string;
  instructions: DockerInstruction[];
}

/**
 * A Dockerfile read as Docker reads it, enough to check it without an
 * engine: comments dropped, `\` continuations joined, one stage per FROM
 * (`FROM base AS name`), ARGs before the first FROM kept as `globalArgs`.
 */
export function readDockerfile(text: string): {
  globalArgs: DockerInstruction[];
  stages: DockerStage[];
} {
  const globalArgs: DockerInstruction[] = [];
  const stages: DockerStage[] = [];
  for (const line of joinContinuations(text)) {
    const match = /^(\w+)\s+(.*)$/s.exec(line);
    if (!match) continue;
    const instruction = {
      keyword: (match[1] ?? '').toUpperCase(),
      text: (match[2] ?? '').trim(),
    };
    if (instruction.keyword === 'FROM') {
      const [base = '', as, name] = instruction.text.split(/\s+/);
      if (as?.toUpperCase() !== 'AS' || !name)
        throw new Error(`a stage without a name: FROM ${instruction.text}`);
      stages.push({ name, base, instructions: [] });
    } else if (stages.length === 0) globalArgs.push(instruction);
    else stages.at(-1)?.instructions.push(instruction);
  }
  return { globalArgs, stages };
}

function joinContinuations(text: string): string[] {
  const lines: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#')) continue;
    if (line.endsWith('\\')) {
      current += `${line.slice(0, -1)} `;
      continue;
    }
    current += line;
    if (current.trim() !== '') lines.push(current.trim());
    current = '';
  }
  return lines;
}

/** A COPY's options (`--from=build`), sources and destination. */
export function readCopy(instruction: DockerInstruction): {
  from?: string;
  sources: string[];
  destination: string;
} {
  const words = instruction.text.split(/\s+/);
  const options = words.filter((word) => word.startsWith('--'));
  const paths = words.filter((word) => !word.startsWith('--'));
  const from = options
    .find((option) => option.startsWith('--from='))
    ?.slice('--from='.length);
  return {
    from,
    sources: paths.slice(0, -1),
    destination: paths.at(-1) ?? '',
  };
}

/**
 * Whether `.dockerignore` keeps `path` (relative to the context) out of the
 * build context: the last pattern that matches it or a folder above it
 * decides, `!` re-including; `*` stays within a folder, `**` crosses them.
 */
export function isDockerIgnored(path: string, dockerignore: string): boolean {
  const patterns = dockerignore
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const parts = path.split('/');
  const candidates = parts.map((_, index) =>
    parts.slice(0, index + 1).join('/'),
  );
  let ignored = false;
  for (const pattern of patterns) {
    const include = pattern.startsWith('!');
    const expression = toRegExp(include ? pattern.slice(1) : pattern);
    if (candidates.some((candidate) => expression.test(candidate)))
      ignored = !include;
  }
  return ignored;
}

function toRegExp(pattern: string): RegExp {
  let source = '';
  const text = pattern.replace(/^\/+|\/+$/g, '');
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] ?? '';
    if (text.startsWith('**/', index)) {
      source += '(?:.*/)?';
      index += 2;
    } else if (text.startsWith('**', index)) {
      source += '.*';
      index += 1;
    } else if (character === '*') source += '[^/]*';
    else if (character === '?') source += '[^/]';
    else source += character.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
