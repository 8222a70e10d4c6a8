/**
 * Where a report may be written, checked before anything is written.
 *
 * `procsim compare` writes to reports/account-opening-today-vs-rpa-data-entry/ by default. A
 * report never lands outside the working directory unless asked to (allowOutside), and never
 * into an existing folder that procsim did not create (no `.procsim-report` marker): a typo
 * in --out must not overwrite somebody's documents. Folder names keep the letters of every
 * script (贷款审批 → reports/贷款审批/), and a default folder that holds another report (two
 * models whose names give the same folder name) is not overwritten: the new report goes to
 * the first free `-2`, `-3`, … folder instead.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { resolveOutputPath, type OutputIssue, type OutputPolicy } from "./write-policy.js";
import { backupOf } from "./write-atomic.js";

/** Name of the marker file that makes a folder a procsim report folder. */
export const REPORT_MARKER = ".procsim-report";

/** Why a report was not written. */
export type ReportIssue = OutputIssue;

/** Where to write, and how strictly to check it (symlinks are resolved before the outside check). */
export interface ReportTargetOptions extends OutputPolicy {
  /** Exact folder to write into; default `reports/<slug>` under `cwd`. */
  readonly outDir?: string;
}

/**
 * "Account opening (today)" → "account-opening-today", "贷款审批 vs 新流程" → "贷款审批-vs-新流程":
 * letters and digits of any script, accents dropped from Latin letters; at most 80
 * characters, never empty.
 */
export function slugOf(name: string): string {
  const letters = name
    .normalize("NFKD")
    .replace(/(?<=[a-zA-Z])\p{M}+/gu, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  const slug = Array.from(letters).slice(0, 80).join("").replace(/-+$/g, "");
  return slug || "report";
}

/** The marker line that names the report a folder holds. */
const REPORT_LINE = "report: ";

/** The text of a report folder's marker file, naming the report it holds. */
export function reportMarkerText(identity: string): string {
  return `This folder was written by procsim; it may be overwritten by the next report of the same name.\n${REPORT_LINE}${identity}\n`;
}

/** The report a folder's marker names; null when there is no marker or it names none. */
function markedReport(dir: string): string | null {
  const marker = join(dir, REPORT_MARKER);
  if (!existsSync(marker)) return null;
  const line = readFileSync(marker, "utf8").split("\n").find((l) => l.startsWith(REPORT_LINE));
  return line === undefined ? null : line.slice(REPORT_LINE.length);
}

/** Most `-n` suffixes tried for a default folder before refusing. */
const MAX_SUFFIX = 99;

/** `reports/<slug>`, or the first `reports/<slug>-n` that holds no other report; null if none of them. */
function defaultFolder(slug: string, identity: string, options: ReportTargetOptions): string | null {
  for (let n = 1; n <= MAX_SUFFIX; n++) {
    const folder = join("reports", n === 1 ? slug : `${slug}-${n}`);
    const resolved = resolveOutputPath(folder, "report", options);
    const held = resolved.ok ? markedReport(resolved.path) : null;
    if (held === null || held === identity) return folder;
  }
  return null;
}

/**
 * The checked folder to write into, or the reason it may not be used. With `identity` (the
 * report's full name) and no `outDir`, a default folder holding another report is skipped.
 */
export function resolveReportDir(slug: string, options: ReportTargetOptions, identity?: string): { ok: true; dir: string } | { ok: false; issues: ReportIssue[] } {
  const folder = options.outDir ?? (identity === undefined ? join("reports", slug) : defaultFolder(slug, identity, options));
  if (folder === null) {
    const message = `Refusing to write the report "${identity}": reports/${slug} and reports/${slug}-2 … -${MAX_SUFFIX} all hold other reports. Choose a folder with --out or delete some of them.`;
    return { ok: false, issues: [{ code: "not-a-report-folder", message, path: join("reports", slug) }] };
  }
  const resolved = resolveOutputPath(folder, "report", options);
  if (!resolved.ok) return resolved;
  const dir = resolved.path;
  if (!existsSync(dir)) return { ok: true, dir };
  if (!statSync(dir).isDirectory()) {
    return { ok: false, issues: [{ code: "not-a-folder", message: `Refusing to write the report to ${dir}: a file of that name exists.`, path: dir }] };
  }
  const empty = readdirSync(dir).length === 0;
  if (!empty && !existsSync(join(dir, REPORT_MARKER)) && !existsSync(join(backupOf(dir), REPORT_MARKER))) {
    const message = `Refusing to write the report into ${dir}: the folder exists, is not empty and is not a procsim report folder (no ${REPORT_MARKER} file). Choose another folder or delete this one.`;
    return { ok: false, issues: [{ code: "not-a-report-folder", message, path: dir }] };
  }
  return { ok: true, dir };
}
