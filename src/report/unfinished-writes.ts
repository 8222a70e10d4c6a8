/**
 * The temporary files and folders being written right now, so that an interrupted command
 * removes them before it exits.
 *
 * Ctrl-C while `procsim compare … --out reports/account-opening` draws its charts: the
 * half-built `.account-opening.procsim-new-4711/` beside the report is removed, the earlier
 * report stays as it was, and no staging folder is left for the next run to clean up. Only
 * the command line removes them (on SIGINT or SIGTERM, handled only while a write is in
 * progress: a Ctrl-C during a long replication then stops the process at once, as a
 * replication on the main thread would hold a handler off until it ends); a library host
 * decides for itself.
 * NOTE: kept on globalThis under a registered symbol, so the command line and the report
 * writer (loaded as a bundle of its own) share one list.
 */

/** Removers of the writes in progress, and who is told when there start or stop being any. */
interface Registry {
  readonly removers: Set<() => void>;
  watcher: ((pending: boolean) => void) | null;
}

const KEY = Symbol.for("procsim.unfinishedWrites");

function registry(): Registry {
  const host = globalThis as { [KEY]?: Registry };
  return (host[KEY] ??= { removers: new Set(), watcher: null });
}

/**
 * Calls `watcher(true)` when a first write starts being tracked and `watcher(false)` when the
 * last is committed, aborted or removed (the command line holds its interrupt handlers only
 * then); null stops watching.
 */
export function watchUnfinishedWrites(watcher: ((pending: boolean) => void) | null): void {
  const reg = registry();
  reg.watcher = watcher;
  watcher?.(reg.removers.size > 0);
}

/** Registers how to remove a write in progress; returns the call that forgets it (when it is committed or aborted). */
export function trackUnfinished(remove: () => void): () => void {
  const reg = registry();
  reg.removers.add(remove);
  if (reg.removers.size === 1) reg.watcher?.(true);
  return () => {
    if (reg.removers.delete(remove) && reg.removers.size === 0) reg.watcher?.(false);
  };
}

/** Removes every write still in progress (best effort: one that cannot be removed is left). */
export function removeUnfinishedWrites(): void {
  const reg = registry();
  const pending = [...reg.removers];
  reg.removers.clear();
  if (pending.length > 0) reg.watcher?.(false);
  for (const remove of pending) {
    try {
      remove();
    } catch {
      // NOTE: the next write to the same place cleans up what is left.
    }
  }
}
