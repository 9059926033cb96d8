import { type FSWatcher, readFileSync, watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import {
  type SupergraphSdlHook,
  type SupergraphSdlUpdateFunction,
} from '@apollo/gateway';
import { type Logger } from 'pino';
import {
  readServedSupergraph,
  type ServedSupergraph,
  type SupergraphView,
} from './readServedSupergraph';

/** What asked for a reload: the file changing, or a SIGHUP. */
export type SupergraphReloadTrigger = 'file' | 'SIGHUP';

export type SupergraphReloadOutcome =
  | { outcome: 'reloaded'; version: string }
  | { outcome: 'unchanged'; version: string }
  | { outcome: 'refused'; version: string; reason: string };

export interface SupergraphSourceOptions {
  /** The file the gateway loaded its supergraph from (SUPERGRAPH_PATH). */
  path: string;
  /** Its text as read at start. */
  sdl: string;
  /** The subgraphs the gateway has a URL for. */
  knownSubgraphs: readonly string[];
  log: Logger;
  /** How long the file must stay quiet before it is read (an editor writes in bursts). */
  debounceMs?: number;
}

/**
 * The supergraph the gateway serves, replaceable while it runs. It is
 * @apollo/gateway's `supergraphSdl` hook: the gateway takes the first from it
 * and gets every later one through the hook's update callback, which swaps the
 * schema and query planner in one step (a request already executing finishes
 * with the plan it has). `current()` is everything the gateway derived from
 * the same text (the export's marking index, the console's markings, the audit
 * version), replaced in the same step, never before the gateway accepted it.
 */
export interface SupergraphSource extends SupergraphView {
  readonly hook: SupergraphSdlHook;
  /** Reads the file again now; a refused supergraph leaves the current one serving. */
  reload(trigger: SupergraphReloadTrigger): SupergraphReloadOutcome;
  /** Reloads when the file changes (`watchFile`) and on SIGHUP, until `close`. */
  watch(watchFile: boolean): void;
  close(): Promise<void>;
}

const DEFAULT_DEBOUNCE_MS = 200;

/**
 * A source over `options.path`. The first supergraph is checked as every
 * later one is (readServedSupergraph), so a gateway never starts on one it
 * would refuse to reload.
 */
export function createSupergraphSource(
  options: SupergraphSourceOptions,
): SupergraphSource {
  const { log, path } = options;
  let served = readServedSupergraph(options.sdl, options.knownSubgraphs);
  let update: SupergraphSdlUpdateFunction | undefined;
  let watcher: FSWatcher | undefined;
  let pending: NodeJS.Timeout | undefined;
  let closed = false;

  const onSignal = (): void => void reload('SIGHUP');
  const scheduleReload = (): void => {
    clearTimeout(pending);
    pending = setTimeout(
      () => reload('file'),
      options.debounceMs ?? DEFAULT_DEBOUNCE_MS,
    );
  };

  function reload(trigger: SupergraphReloadTrigger): SupergraphReloadOutcome {
    const kept = served.version;
    let next: ServedSupergraph;
    try {
      if (closed || !update) throw new Error('the gateway is not serving');
      const sdl = readFileSync(path, 'utf8');
      next = readServedSupergraph(sdl, options.knownSubgraphs);
      if (next.version === kept) {
        log.debug({ trigger, version: kept }, 'supergraph unchanged');
        return { outcome: 'unchanged', version: kept };
      }
      // Synchronous, and throws if @apollo/gateway cannot build or plan over it.
      update(next.sdl);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      log.warn(
        { trigger, path, reason, version: kept },
        'supergraph refused; the gateway keeps serving the previous one',
      );
      return { outcome: 'refused', version: kept, reason };
    }
    served = next;
    log.info(
      { trigger, path, version: next.version, previousVersion: kept },
      'supergraph reloaded',
    );
    return { outcome: 'reloaded', version: next.version };
  }

  function close(): Promise<void> {
    closed = true;
    clearTimeout(pending);
    watcher?.close();
    watcher = undefined;
    process.off('SIGHUP', onSignal);
    return Promise.resolve();
  }

  return {
    current: () => served,
    hook: ({ update: callback }) => {
      update = callback;
      return Promise.resolve({ supergraphSdl: served.sdl, cleanup: close });
    },
    reload,
    watch(watchFile) {
      if (closed || watcher) return;
      process.on('SIGHUP', onSignal);
      if (!watchFile) return;
      // The directory, not the file: an editor or a mounted ConfigMap replaces
      // the file by a rename, after which a watch on the old file hears nothing.
      const name = basename(path);
      watcher = watch(dirname(path), (_event, changed) => {
        if (changed === null || changed === name || changed.startsWith('..'))
          scheduleReload();
      });
      watcher.on('error', (error) =>
        log.warn(
          { err: error, path },
          'supergraph file no longer watched; SIGHUP still reloads it',
        ),
      );
    },
    close,
  };
}
