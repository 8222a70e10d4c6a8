/**
 * All-or-nothing output: a file or a whole report folder is written next to its final place
 * and renamed into place only when complete.
 *
 * Re-running the account-opening comparison with the disk full, or pressing Ctrl-C while the
 * new report is written, leaves reports/account-opening-today-vs-rpa/ exactly as it was: the
 * new report is built in `.account-opening-today-vs-rpa.procsim-new-<pid>-<n>` beside it, the old
 * one is moved aside to `.….procsim-old`, the new one is renamed in, and only then is the old
 * one removed. The only moment the folder name is absent is between two renames; the next
 * write (or `recoverReportFolder`) puts the old report back if the process died right there.
 * Two reports written to the same folder at once (two `writeRunReport` calls in one
 * `Promise.all`) each build their own temporary folder (`<n>` counts the writers of the
 * process), and the later commit wins with a whole folder of its own.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { trackUnfinished } from "./unfinished-writes.js";

/** Stages of a folder replacement, in order (for fault-injection tests). */
export type WriteStage = "temp-created" | "file-written" | "temp-complete" | "old-moved-aside" | "new-in-place" | "old-removed";

/** Called after each stage; a test may kill the process there. */
export type StageHook = (stage: WriteStage) => void;

const noHook: StageHook = () => undefined;

/** The sibling an interrupted replacement keeps the earlier folder in. */
export function backupOf(dir: string): string {
  return join(dirname(dir), `.${basename(dir)}.procsim-old`);
}

function tempPrefix(path: string): string {
  return `.${basename(path)}.procsim-new-`;
}

/**
 * The temporary sibling paths being written by this process. Kept on the global object, like
 * the language: the library bundle and the report writer it loads each have a copy of this file.
 */
const LIVE = Symbol.for("procsim.liveTempPaths");
const holder = globalThis as unknown as Record<typeof LIVE, { next: number; paths: Set<string> } | undefined>;
const live = (): { next: number; paths: Set<string> } => (holder[LIVE] ??= { next: 0, paths: new Set() });

/** A temporary sibling of `path` no other writer uses (`<pid>-<n>`), registered as live until `release`. */
function claimTemp(path: string): { readonly temp: string; readonly release: () => void } {
  const registry = live();
  const temp = join(dirname(path), `${tempPrefix(path)}${process.pid}-${registry.next++}`);
  registry.paths.add(temp);
  return { temp, release: () => registry.paths.delete(temp) };
}

/** True when a temporary sibling's writer may still be at work: one of this process's live writers, or another process that is alive. */
function writerAlive(temp: string, suffix: string): boolean {
  const pid = Number(/^(\d+)/.exec(suffix)?.[1]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return live().paths.has(temp);
  try {
    process.kill(pid, 0);
    return true;
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Writes bytes to a new file and flushes them to disk. */
function writeDurably(path: string, content: string | Uint8Array): void {
  const fd = openSync(path, "wx", 0o644);
  try {
    const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a file atomically: a temporary sibling, flushed, then renamed over `path`. On any
 * failure the temporary file is removed and an existing `path` is left unchanged.
 * @throws the file-system error (ENOSPC, EACCES, …) after cleaning up.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const { temp, release } = claimTemp(path);
  try {
    writeDurably(temp, content);
    renameSync(temp, path);
  } catch (cause) {
    rmSync(temp, { force: true });
    throw cause;
  } finally {
    release();
  }
}

/** A file being written in pieces; it appears at its path only on `commit`. */
export interface AtomicFileStream {
  /** Appends text. */
  write(chunk: string): void;
  /** Flushes, closes and renames the file into place (replacing an earlier one). */
  commit(): void;
  /** Closes and removes the unfinished file; an earlier file at the path is untouched. */
  abort(): void;
}

/**
 * Opens a temporary sibling of `path` to stream a long output into (an event log of a million
 * cases), so neither the whole text is held in memory nor a half-written file left at `path`.
 */
export function openFileAtomic(path: string): AtomicFileStream {
  mkdirSync(dirname(path), { recursive: true });
  const { temp, release } = claimTemp(path);
  let fd: number;
  try {
    fd = openSync(temp, "wx", 0o644);
  } catch (cause) {
    release();
    throw cause;
  }
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
    release();
  };
  const untrack = trackUnfinished(() => {
    close();
    rmSync(temp, { force: true });
  });
  return {
    write(chunk) {
      const bytes = Buffer.from(chunk, "utf8");
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    },
    commit() {
      untrack();
      try {
        fsyncSync(fd);
        close();
        renameSync(temp, path);
      } catch (cause) {
        close();
        rmSync(temp, { force: true });
        throw cause;
      }
    },
    abort() {
      untrack();
      close();
      rmSync(temp, { force: true });
    },
  };
}

/** Moves entries of `from` that `isOwn` does not claim into `to` (files a user kept in a report folder). */
function carryForeign(from: string, to: string, isOwn: (name: string) => boolean): void {
  for (const name of readdirSync(from)) if (!isOwn(name) && !existsSync(join(to, name))) renameSync(join(from, name), join(to, name));
}

/**
 * Finishes or undoes a replacement that was interrupted: restores the earlier folder when the
 * new one never arrived, removes a leftover backup when it did, and deletes half-written
 * temporary folders of dead writers (a writer of this process still at work, or of another
 * live process, keeps its own).
 */
export function recoverReportFolder(dir: string, isOwn: (name: string) => boolean): void {
  const parent = dirname(dir);
  if (!existsSync(parent)) return;
  const backup = backupOf(dir);
  if (existsSync(backup)) {
    if (!existsSync(dir)) renameSync(backup, dir);
    else {
      carryForeign(backup, dir, isOwn);
      rmSync(backup, { recursive: true, force: true });
    }
  }
  const prefix = tempPrefix(dir);
  for (const name of readdirSync(parent)) {
    const path = join(parent, name);
    if (name.startsWith(prefix) && !writerAlive(path, name.slice(prefix.length))) rmSync(path, { recursive: true, force: true });
  }
}

/** A folder being filled file by file beside its final place; it replaces the earlier folder only on `commit`. */
export interface AtomicFolderWriter {
  /** Writes one file of the new folder and flushes it to disk; the caller may drop the content. */
  write(name: string, content: string | Uint8Array): void;
  /** Writes one file from text pieces (a long JSON document), never holding the whole text. */
  writePieces(name: string, pieces: Iterable<string>): void;
  /** Swaps the complete new folder in; the earlier folder is removed, its foreign files carried over. */
  commit(): void;
  /** Removes the unfinished new folder; the earlier folder is untouched. */
  abort(): void;
}

/** Bytes gathered before one write call when a file is written in pieces. */
const PIECE_BUFFER_CHARS = 1 << 16;

/** Writes text pieces to a new file in batches of about 64 KiB and flushes it to disk. */
function writePiecesDurably(path: string, pieces: Iterable<string>): void {
  const fd = openSync(path, "wx", 0o644);
  try {
    let pending = "";
    const flush = () => {
      const bytes = Buffer.from(pending, "utf8");
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      pending = "";
    };
    for (const piece of pieces) {
      pending += piece;
      if (pending.length >= PIECE_BUFFER_CHARS) flush();
    }
    flush();
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens the temporary sibling of folder `dir` to write a new report into, one file at a time,
 * so no more than one file is held in memory. Nothing at `dir` changes before `commit`.
 * @throws the file-system error (after removing the temporary folder) from any method but `abort`.
 */
export function openFolderAtomic(dir: string, isOwn: (name: string) => boolean, onStage: StageHook = noHook): AtomicFolderWriter {
  mkdirSync(dirname(dir), { recursive: true });
  recoverReportFolder(dir, isOwn);
  const { temp, release } = claimTemp(dir);
  const remove = () => {
    release();
    rmSync(temp, { recursive: true, force: true });
  };
  const untrack = trackUnfinished(remove);
  const abort = () => {
    untrack();
    remove();
  };
  const guarded = (step: () => void) => {
    try {
      step();
    } catch (cause) {
      abort();
      throw cause;
    }
  };
  guarded(() => {
    mkdirSync(temp);
    onStage("temp-created");
  });
  return {
    write: (name, content) => guarded(() => {
      writeDurably(join(temp, name), content);
      onStage("file-written");
    }),
    writePieces: (name, pieces) => guarded(() => {
      writePiecesDurably(join(temp, name), pieces);
      onStage("file-written");
    }),
    commit() {
      guarded(() => onStage("temp-complete"));
      // NOTE: from here the swap owns the folder; an interrupted swap is recovered by the next write.
      untrack();
      try {
        swapIn(temp, dir, isOwn, onStage);
      } finally {
        release();
      }
    },
    abort,
  };
}

/**
 * Replaces folder `dir` by one holding exactly `files` (name → content) plus the foreign
 * entries of the earlier folder (those `isOwn` does not claim). The earlier folder survives
 * any failure before the swap byte for byte.
 * @throws the file-system error after removing the temporary folder.
 */
export function replaceFolderAtomic(dir: string, files: ReadonlyMap<string, string | Uint8Array>, isOwn: (name: string) => boolean, onStage: StageHook = noHook): void {
  const folder = openFolderAtomic(dir, isOwn, onStage);
  for (const [name, content] of files) folder.write(name, content);
  folder.commit();
}

/** Old folder aside, new folder in, foreign files carried over, old folder removed. */
function swapIn(temp: string, dir: string, isOwn: (name: string) => boolean, onStage: StageHook): void {
  const backup = backupOf(dir);
  const hadOld = existsSync(dir);
  if (hadOld) renameSync(dir, backup);
  onStage("old-moved-aside");
  try {
    renameSync(temp, dir);
  } catch (cause) {
    if (hadOld) renameSync(backup, dir);
    rmSync(temp, { recursive: true, force: true });
    throw cause;
  }
  onStage("new-in-place");
  if (hadOld) {
    carryForeign(backup, dir, isOwn);
    rmSync(backup, { recursive: true, force: true });
  }
  onStage("old-removed");
}
