/**
 * One policy for every output path (`--out`, `--json`, `--csv`), checked before a run starts.
 *
 * `procsim run account-opening.yaml --json results/today.json` may write results/today.json
 * only if, with every symlink resolved, it lies inside the working directory (or
 * --allow-outside is given), it is not one of the model files being read, its folder can be
 * written, and it is either absent or a file procsim wrote earlier (or --force is given). A
 * symlink `reports -> /etc` or `--csv ../elsewhere` is caught here, not after the run.
 */
import { accessSync, closeSync, constants, existsSync, lstatSync, openSync, readlinkSync, readSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { EVENT_LOG_CSV_HEADER } from "./event-log-csv.js";

/** Why an output path may not be used. */
export interface OutputIssue {
  readonly code: "outside-working-directory" | "not-a-report-folder" | "not-a-folder" | "not-a-file" | "input-file" | "not-procsim-output" | "not-writable" | "write-failed" | "output-clash";
  readonly message: string;
  /** The path concerned (symlinks resolved). */
  readonly path: string;
}

/** Where outputs may go and what they may replace. */
export interface OutputPolicy {
  /** Working directory relative paths and the outside check refer to. Default `process.cwd()`. */
  readonly cwd?: string;
  /** Allow paths outside `cwd`. Default false. */
  readonly allowOutside?: boolean;
  /** Allow replacing a file procsim did not write. Never allows replacing an input file. */
  readonly force?: boolean;
  /** Files being read by this run (models, bases, libraries, recorded arrivals, part files); never written over, nor a folder holding one replaced. */
  readonly inputs?: readonly string[];
  /** Whose words a refusal uses for the options: "cli" names `--allow-outside`, the default "library" `allowOutside: true`. */
  readonly caller?: "cli" | "library";
}

/** lstat, or undefined when the path does not exist or cannot exist (a file used as a folder). */
function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** The path with every existing symlink resolved; missing trailing parts are appended as written. */
export function realPathOf(path: string, hops = 0): string {
  const rest: string[] = [];
  let current = resolve(path);
  for (;;) {
    const stat = lstatOrUndefined(current);
    if (stat !== undefined) {
      const dangling = stat.isSymbolicLink() && !existsSync(current);
      if (dangling && hops < 40) return join(realPathOf(resolve(dirname(current), readlinkSync(current)), hops + 1), ...rest.reverse());
      return join(dangling ? current : realpathSync(current), ...rest.reverse());
    }
    const parent = dirname(current);
    if (parent === current) return join(current, ...rest.reverse());
    rest.push(basename(current));
    current = parent;
  }
}

function issue(code: OutputIssue["code"], path: string, message: string): { ok: false; issues: OutputIssue[] } {
  return { ok: false, issues: [{ code, message, path }] };
}

/** True when the resolved path `real` is one of the policy's input files. */
export function isInput(real: string, policy: OutputPolicy): boolean {
  return (policy.inputs ?? []).some((input) => existsSync(input) && realPathOf(input) === real);
}

/** The refusal of an output over an input file: no option allows it, so none is suggested. */
function inputMessage(what: string, real: string): string {
  return `Refusing to write the ${what} to ${real}: it is a file this run reads (a model, base, sub-process library, recorded-arrivals or part file), which no option allows replacing. Choose another file name.`;
}

/** The deepest existing folder on the way to `path` (where a missing file would be created). */
function nearestExisting(path: string): string {
  let current = dirname(path);
  while (!existsSync(current) && dirname(current) !== current) current = dirname(current);
  return current;
}

/**
 * Resolves an output path and checks the parts of the policy every kind shares: inside the
 * working directory, not an input, its nearest existing folder writable.
 */
export function resolveOutputPath(path: string, what: string, policy: OutputPolicy): { ok: true; path: string } | { ok: false; issues: OutputIssue[] } {
  const cwd = realPathOf(policy.cwd ?? process.cwd());
  const real = realPathOf(resolve(policy.cwd ?? process.cwd(), path));
  const rel = relative(cwd, real);
  if (!policy.allowOutside && (rel.startsWith("..") || isAbsolute(rel))) {
    return issue("outside-working-directory", real, `Refusing to write the ${what} to ${real}: it is outside the working directory ${cwd} (symlinks resolved). ${policy.caller === "cli" ? "Pass --allow-outside" : "Set the option allowOutside: true"} to write there.`);
  }
  if (isInput(real, policy)) return issue("input-file", real, inputMessage(what, real));
  const folder = existsSync(real) && statSync(real).isDirectory() ? real : nearestExisting(real);
  try {
    if (!statSync(folder).isDirectory()) return issue("not-a-folder", real, `Refusing to write the ${what} to ${real}: ${folder} is a file, not a folder.`);
    accessSync(folder, constants.W_OK);
  } catch {
    return issue("not-writable", real, `Cannot write the ${what} to ${real}: the folder ${folder} is not writable.`);
  }
  return { ok: true, path: real };
}

/** The first bytes of a file (at most `count`). */
function headOf(path: string, count: number): string {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(count);
    return buffer.subarray(0, readSync(fd, buffer, 0, count, 0)).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/**
 * JSON results written by procsim start with the model name (a run, a staffing plan) or the
 * current model (a comparison); shard part files with their format tag.
 */
const PROCSIM_JSON = /^(\{\n {2}"(model|current)": |\{"format":"procsim-shard\/)/;

/** Checks a `--json` file target: absent, or a regular file procsim wrote (or --force). */
export function checkJsonTarget(path: string, policy: OutputPolicy): { ok: true; path: string } | { ok: false; issues: OutputIssue[] } {
  const resolved = resolveOutputPath(path, "JSON result", policy);
  if (!resolved.ok || !existsSync(resolved.path)) return resolved;
  const real = resolved.path;
  if (!statSync(real).isFile()) return issue("not-a-file", real, `Refusing to write the JSON result to ${real}: it exists and is not a regular file.`);
  if (!policy.force && !PROCSIM_JSON.test(headOf(real, 64))) {
    return issue("not-procsim-output", real, `Refusing to overwrite ${real}: it is not a result procsim wrote. Choose another file, or pass --force to replace it.`);
  }
  return resolved;
}

/** An event log procsim wrote: the CSV log's header, or an XES log naming the replication it replays. */
function isProcsimEventLog(path: string): boolean {
  const head = headOf(path, 4096);
  return head.startsWith(`${EVENT_LOG_CSV_HEADER}\n`) || (head.startsWith("<?xml") && head.includes('<int key="procsim:replication"'));
}

/** Checks an event-log file target (`--log`): absent, or an event log procsim wrote (or --force). */
export function checkLogTarget(path: string, policy: OutputPolicy): { ok: true; path: string } | { ok: false; issues: OutputIssue[] } {
  const resolved = resolveOutputPath(path, "event log", policy);
  if (!resolved.ok || !existsSync(resolved.path)) return resolved;
  const real = resolved.path;
  if (!statSync(real).isFile()) return issue("not-a-file", real, `Refusing to write the event log to ${real}: it exists and is not a regular file.`);
  if (!policy.force && !isProcsimEventLog(real)) {
    return issue("not-procsim-output", real, `Refusing to overwrite ${real}: it is not an event log procsim wrote. Choose another file, or pass --force to replace it.`);
  }
  return resolved;
}

/** Header starts of the CSV files procsim writes now and wrote before (see cli/experiment-output.ts). */
export const PROCSIM_CSV_HEADS: readonly string[] = ["model,key,KPI,unit,mean,", "proposal,key,KPI,unit,current,proposed,", "key,scope,subject,metric,label,unit,n,mean,", "proposal,key,currentMean,", "model,replication,", "point,", "input,base,low,high,key,"];

/** Checks a `--csv` folder: the files about to be written are absent or CSV files procsim wrote (or --force). */
export function checkCsvTarget(dir: string, names: readonly string[], policy: OutputPolicy): { ok: true; path: string } | { ok: false; issues: OutputIssue[] } {
  const resolved = resolveOutputPath(dir, "CSV tables", policy);
  if (!resolved.ok || !existsSync(resolved.path)) return resolved;
  const real = resolved.path;
  if (!statSync(real).isDirectory()) return issue("not-a-folder", real, `Refusing to write the CSV tables into ${real}: it is a file, not a folder.`);
  for (const name of names) {
    const file = join(real, name);
    if (isInput(realPathOf(file), policy)) return issue("input-file", file, inputMessage("CSV table", realPathOf(file)));
    if (!existsSync(file)) continue;
    const ours = statSync(file).isFile() && PROCSIM_CSV_HEADS.some((head) => headOf(file, 200).startsWith(head));
    if (!ours && !policy.force) return issue("not-procsim-output", file, `Refusing to overwrite ${file}: it is not a table procsim wrote. Choose another folder, or pass --force to replace it.`);
  }
  return resolved;
}
