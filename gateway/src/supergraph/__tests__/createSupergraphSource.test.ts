import {
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SupergraphSdlHook } from '@apollo/gateway';
import { createLogger, PROJECT_ROOT } from '@marsoc/platform';
import { SUBGRAPHS } from '@marsoc/schema';
import { appendSupergraphProbe, createLogRecorder } from '../../testing';
import {
  createSupergraphSource,
  type SupergraphSource,
} from '../createSupergraphSource';

const COMMITTED = readFileSync(
  join(PROJECT_ROOT, 'schema', 'supergraph.graphql'),
  'utf8',
);
const RELOADED = 'supergraph reloaded';
const REFUSED =
  'supergraph refused; the gateway keeps serving the previous one';

let directory: string;
let path: string;
let source: SupergraphSource;
let recorder: ReturnType<typeof createLogRecorder>;
/** What the source handed @apollo/gateway's update callback. */
let updates: string[];
let refuseUpdate: string | undefined;

beforeEach(async () => {
  directory = mkdtempSync(join(tmpdir(), 'marsoc-supergraph-'));
  path = join(directory, 'supergraph.graphql');
  writeFileSync(path, COMMITTED);
  recorder = createLogRecorder();
  updates = [];
  refuseUpdate = undefined;
  source = createSupergraphSource({
    path,
    sdl: COMMITTED,
    knownSubgraphs: SUBGRAPHS.map(({ name }) => name),
    log: createLogger('gateway', { destination: recorder.destination }),
    debounceMs: 20,
  });
  const first = await source.hook({
    update: (sdl: string) => {
      if (refuseUpdate) throw new Error(refuseUpdate);
      updates.push(sdl);
    },
  } as unknown as Parameters<SupergraphSdlHook>[0]);
  expect(first.supergraphSdl).toBe(COMMITTED);
});

afterEach(async () => {
  await source.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('the gateway supergraph source', () => {
  it('swaps in a valid change with everything derived from it', () => {
    const before = source.current();
    writeFileSync(path, appendSupergraphProbe(COMMITTED));
    const result = source.reload('SIGHUP');
    expect(result.outcome).toBe('reloaded');
    expect(updates).toEqual([appendSupergraphProbe(COMMITTED)]);
    const now = source.current();
    expect(now.version).toBe(result.version);
    expect(now.version).not.toBe(before.version);
    expect(now.fieldMarkings['ReloadProbe.note']?.classification).toBe(
      'SECRET',
    );
    expect(now.markingIndex.field('ReloadProbe', 'note')).toBeDefined();
    expect(before.markingIndex.field('ReloadProbe', 'note')).toBeUndefined();
    expect(recorder.lines.at(-1)).toMatchObject({
      msg: RELOADED,
      trigger: 'SIGHUP',
      version: now.version,
      previousVersion: before.version,
    });
  });

  it('hands the gateway nothing when the text is the same', () => {
    expect(source.reload('SIGHUP').outcome).toBe('unchanged');
    expect(updates).toEqual([]);
  });

  it.each<[string, { classification?: string; fieldType?: string }, string]>([
    ['an unreadable marking', { classification: 'HUSH' }, 'ReloadProbe.note'],
    ['a type nothing defines', { fieldType: 'Missing' }, 'Unknown type'],
  ])(
    'refuses %s and keeps serving the previous supergraph, saying why in the log',
    (_case, probe, reason) => {
      const before = source.current();
      // The gateway's own build is what refuses an unknown type.
      if (probe.fieldType) refuseUpdate = 'Unknown type Missing';
      writeFileSync(path, appendSupergraphProbe(COMMITTED, probe));
      const result = source.reload('file');
      expect(result).toMatchObject({
        outcome: 'refused',
        version: before.version,
      });
      expect(source.current()).toBe(before);
      expect(updates).toEqual([]);
      const line = recorder.lines.at(-1);
      expect(line).toMatchObject({ msg: REFUSED, trigger: 'file', level: 40 });
      expect(String(line?.reason)).toContain(reason);
      // The file's text is never logged, only why it was refused.
      expect(JSON.stringify(recorder.lines)).not.toContain(
        'Added to try a supergraph reload',
      );
    },
  );

  it('refuses a file it cannot read', () => {
    rmSync(path);
    expect(source.reload('SIGHUP')).toMatchObject({ outcome: 'refused' });
    expect(String(recorder.lines.at(-1)?.reason)).toContain('ENOENT');
  });

  it('reloads when the file is written, or replaced by a rename, once it is quiet', async () => {
    source.watch(true);
    writeFileSync(path, appendSupergraphProbe(COMMITTED));
    const first = await recorder.next(RELOADED);
    expect(first).toMatchObject({ trigger: 'file' });
    const replacement = join(directory, '.supergraph.new');
    writeFileSync(
      replacement,
      appendSupergraphProbe(COMMITTED, { classification: 'TOP_SECRET' }),
    );
    renameSync(replacement, path);
    await recorder.next(RELOADED, recorder.lines.indexOf(first) + 1);
    expect(
      source.current().fieldMarkings['ReloadProbe.note']?.classification,
    ).toBe('TOP_SECRET');
    expect(updates).toHaveLength(2);
  });

  it('reloads on SIGHUP while watching, and stops listening when closed', async () => {
    const listening = process.listenerCount('SIGHUP');
    source.watch(false);
    expect(process.listenerCount('SIGHUP')).toBe(listening + 1);
    writeFileSync(path, appendSupergraphProbe(COMMITTED));
    // jest's process object keeps its own listeners, out of a real signal's
    // reach: test/deployment/supergraphReload.test.ts sends a real one.
    process.emit('SIGHUP', 'SIGHUP');
    expect(await recorder.next(RELOADED)).toMatchObject({
      trigger: 'SIGHUP',
    });
    await source.close();
    expect(process.listenerCount('SIGHUP')).toBe(listening);
    expect(source.reload('SIGHUP')).toMatchObject({
      outcome: 'refused',
      reason: 'the gateway is not serving',
    });
  });
});
