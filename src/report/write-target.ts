/**
 * Where a report may be written, checked before anything is written.
 *
 * `procsim compare` writes to reports/account-opening-today-vs-rpa-data-entry/ by default. A
 * report never lands outside the working directory unless asked to (allowOutside), and never
 * into an existing folder that procsim did not create (no `.procsim-report` marker): a typo
 * in --out must not overwrite somebody's documents. Folder names keep the letters of every
 * script (贷款审批 → reports/贷款审批/), and a default folder that holds another report (two
 * models whose names give the same folder name) is not overwritten: the new report goes to
 * the first free `-2`, `-3`, … folder instead. An --out folder written by another command or
 * for another report (folder-owner.ts) is refused unless `force`, and a folder holding a file
 * the run reads is refused always.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { realPathOf, resolveOutputPath, type OutputIssue, type OutputPolicy } from "./write-policy.js";
import { backupOf } from "./write-atomic.js";
import { REPORT_MARKER, ownerOf, ownerText, sameOwner, type FolderOwner } from "./folder-owner.js";

export { REPORT_MARKER } from "./folder-owner.js";

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

/** Who wrote `dir`: its marker, else the marker of an interrupted replacement's backup. */
function heldBy(dir: string): FolderOwner | null {
  return ownerOf(dir) ?? ownerOf(backupOf(dir));
}

/** Most `-n` suffixes tried for a default folder before refusing. */
const MAX_SUFFIX = 99;

/** `reports/<slug>`, or the first `reports/<slug>-n` that holds no other report; null if none of them. */
function defaultFolder(slug: string, owner: FolderOwner, options: ReportTargetOptions): string | null {
  for (let n = 1; n <= MAX_SUFFIX; n++) {
    const folder = join("reports", n === 1 ? slug : `${slug}-${n}`);
    const resolved = resolveOutputPath(folder, "report", options);
    const held = resolved.ok ? heldBy(resolved.path) : null;
    if (held === null || sameOwner(held, owner)) return folder;
  }
  return null;
}

/** The first input file (resolved) that lies inside folder `dir`, or undefined. */
function inputInside(dir: string, options: ReportTargetOptions): string | undefined {
  return (options.inputs ?? []).map((input) => realPathOf(input)).find((input) => {
    const rel = relative(dir, input);
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  });
}

/** Why `owner` may not replace the folder `dir` another command or report wrote (null: it may). */
function ownerProblem(dir: string, owner: FolderOwner | undefined, options: ReportTargetOptions): ReportIssue | null {
  const held = owner === undefined || options.force === true ? null : heldBy(dir);
  if (held === null || owner === undefined || sameOwner(held, owner)) return null;
  const force = options.caller === "cli" ? "pass --force" : "set force: true";
  const message = `Refusing to write the output of ${ownerText(owner)} into ${dir}: that folder holds the output of ${ownerText(held)}. Choose another folder${options.caller === "cli" ? " with --out" : ""}, or ${force} to replace that folder whole.`;
  return { code: "not-a-report-folder", message, path: dir };
}

/**
 * The checked folder to write into, or the reason it may not be used. With `owner` (the
 * command and report name) and no `outDir`, a default folder holding another report is
 * skipped; an `outDir` holding another one is refused unless `force`.
 */
export function resolveReportDir(slug: string, options: ReportTargetOptions, owner?: FolderOwner): { ok: true; dir: string } | { ok: false; issues: ReportIssue[] } {
  const folder = options.outDir ?? (owner === undefined ? join("reports", slug) : defaultFolder(slug, owner, options));
  if (folder === null) {
    const message = `Refusing to write the report "${owner?.name}": reports/${slug} and reports/${slug}-2 … -${MAX_SUFFIX} all hold other reports. Choose a folder with --out or delete some of them.`;
    return { ok: false, issues: [{ code: "not-a-report-folder", message, path: join("reports", slug) }] };
  }
  const resolved = resolveOutputPath(folder, "report", options);
  if (!resolved.ok) return resolved;
  const dir = resolved.path;
  const input = inputInside(dir, options);
  if (input !== undefined) {
    const message = `Refusing to write the report into ${dir}: the folder holds ${input}, a file this run reads, and the report replaces that folder as a whole. Choose another folder${options.caller === "cli" ? " with --out" : ""}.`;
    return { ok: false, issues: [{ code: "input-file", message, path: input }] };
  }
  if (!existsSync(dir)) return { ok: true, dir };
  if (!statSync(dir).isDirectory()) {
    return { ok: false, issues: [{ code: "not-a-folder", message: `Refusing to write the report to ${dir}: a file of that name exists.`, path: dir }] };
  }
  const empty = readdirSync(dir).length === 0;
  if (!empty && !existsSync(join(dir, REPORT_MARKER)) && !existsSync(join(backupOf(dir), REPORT_MARKER))) {
    const message = `Refusing to write the report into ${dir}: the folder exists, is not empty and is not a procsim report folder (no ${REPORT_MARKER} file). Choose another folder or delete this one.`;
    return { ok: false, issues: [{ code: "not-a-report-folder", message, path: dir }] };
  }
  const taken = ownerProblem(dir, owner, options);
  return taken === null ? { ok: true, dir } : { ok: false, issues: [taken] };
}
