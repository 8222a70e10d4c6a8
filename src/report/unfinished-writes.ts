/**
 * The temporary files and folders being written right now, so that an interrupted command
 * removes them before it exits.
 *
 * Ctrl-C while `procsim compare … --out reports/account-opening` draws its charts: the
 * half-built `.account-opening.procsim-new-4711/` beside the report is removed, the earlier
 * report stays as it was, and no staging folder is left for the next run to clean up. Only
 * the command line removes them (on SIGINT or SIGTERM); a library host decides for itself.
 * NOTE: kept on globalThis under a registered symbol, so the command line and the report
 * writer (loaded as a bundle of its own) share one list.
 */

/** Removers of the writes in progress. */
type Removers = Set<() => void>;

const KEY = Symbol.for("procsim.unfinishedWrites");

function removers(): Removers {
  const host = globalThis as { [KEY]?: Removers };
  return (host[KEY] ??= new Set());
}

/** Registers how to remove a write in progress; returns the call that forgets it (when it is committed or aborted). */
export function trackUnfinished(remove: () => void): () => void {
  removers().add(remove);
  return () => {
    removers().delete(remove);
  };
}

/** Removes every write still in progress (best effort: one that cannot be removed is left). */
export function removeUnfinishedWrites(): void {
  const pending = [...removers()];
  removers().clear();
  for (const remove of pending) {
    try {
      remove();
    } catch {
      // NOTE: the next write to the same place cleans up what is left.
    }
  }
}
