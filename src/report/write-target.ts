/**
 * Where a report may be written, checked before anything is written.
 *
 * `procsim compare` writes to reports/account-opening-today-vs-rpa-data-entry/ by default. A
 * report never lands outside the working directory unless asked to (allowOutside), and never
 * into an existing folder that procsim did not create (no `.procsim-report` marker): a typo
 * in --out must not overwrite somebody's documents.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
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

/** "Account opening (today)" → "account-opening-today"; at most 80 characters, never empty. */
export function slugOf(name: string): string {
  const slug = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug || "report";
}

/** The checked folder to write into, or the reason it may not be used. */
export function resolveReportDir(slug: string, options: ReportTargetOptions): { ok: true; dir: string } | { ok: false; issues: ReportIssue[] } {
  const resolved = resolveOutputPath(options.outDir ?? join("reports", slug), "report", options);
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
