/**
 * The output paths of `run` and `compare` (--json, --csv, --out or the default report
 * folder), checked with one policy before any simulation starts.
 *
 * `procsim run account-opening.yaml --json account-opening.yaml` stops at once with exit
 * code 2 ("it is a model file this run reads"), and so does `--csv ../elsewhere` or an --out
 * through a symlink that leaves the working directory: nothing is simulated for an hour only
 * to fail when the results are written.
 */
import type { Model } from "../model/compile/model.js";
import { error, locateIssue, type ModelIssue } from "../model/source/issues.js";
import { checkCsvTarget, checkJsonTarget, type OutputIssue, type OutputPolicy } from "../report/write-policy.js";
import { resolveReportDir, slugOf } from "../report/write-target.js";
import { inReportFolderProblems, outputFilesOf, sameFileProblems } from "./output-clashes.js";

/** Parsed output options. */
export interface OutputArgs {
  json?: string;
  csv?: string;
  out?: string;
  report?: boolean;
  allowOutside?: boolean;
  force?: boolean;
}

/** The write policy of these options for a run reading `inputs`. */
export function policyOf(args: OutputArgs, inputs: readonly string[]): OutputPolicy {
  return { allowOutside: args.allowOutside === true, force: args.force === true, inputs, caller: "cli" };
}

/**
 * Problems with --json, --csv and --out, found before the run (the default report folder needs
 * the model: see `reportFolderIssues`), and outputs that would write over each other: the
 * --json file, `csvNames` in the --csv folder and `logFiles` (the --log files) must all differ
 * and lie outside the --out folder.
 */
export function outputPathProblems(args: OutputArgs, inputs: readonly string[], csvNames: readonly string[], logFiles: readonly string[] = []): OutputIssue[] {
  const policy = policyOf(args, inputs);
  const problems: OutputIssue[] = [];
  if (args.json !== undefined) {
    const json = args.json.trim() === "" ? null : checkJsonTarget(args.json, policy);
    if (json === null) problems.push({ code: "not-a-file", path: "", message: "--json needs a file name, e.g. --json results.json" });
    else if (!json.ok) problems.push(...json.issues);
  }
  if (args.csv !== undefined) {
    const csv = args.csv.trim() === "" ? null : checkCsvTarget(args.csv, csvNames, policy);
    if (csv === null) problems.push({ code: "not-a-folder", path: "", message: "--csv needs a folder name, e.g. --csv tables" });
    else if (!csv.ok) problems.push(...csv.issues);
  }
  if (args.report !== false && args.out !== undefined) {
    const out = args.out.trim() === "" ? null : resolveReportDir("report", { ...policy, outDir: args.out });
    if (out === null) problems.push({ code: "not-a-folder", path: "", message: "--out needs a folder name, e.g. --out reports/today" });
    else if (!out.ok) problems.push(...out.issues);
    else problems.push(...inReportFolderProblems(outputFilesOf(args, csvNames, logFiles), out.dir, `--out ${args.out}`));
  }
  return [...problems, ...sameFileProblems(outputFilesOf(args, csvNames, logFiles))];
}

/**
 * Problems with the default report folder of the loaded models (when no --out is given), as
 * issues; also output files inside it (`csvNames` and `logFiles` as for `outputPathProblems`).
 */
export function reportFolderIssues(args: OutputArgs, inputs: readonly string[], models: readonly Model[], csvNames: readonly string[] = [], logFiles: readonly string[] = []): ModelIssue[] {
  if (args.report === false || args.out !== undefined || models.length === 0) return [];
  const name = models.length === 1 ? models[0].name : `${models[0].name} vs ${models.slice(1).map((m) => m.name).join(" ")}`;
  const target = resolveReportDir(slugOf(name), policyOf(args, inputs), name);
  const problems = target.ok ? inReportFolderProblems(outputFilesOf(args, csvNames, logFiles), target.dir, "of this run") : target.issues;
  return problems.map((problem) => locateIssue(error("invalidOption", ["out"], { option: "out", reason: problem.message }), { path: ["out"], file: "(options)", line: 0, column: 0 }));
}

/**
 * Problems with the chart folder `reports/<slug>` of sweep and staff (when no --out is given;
 * --out is checked by `outputPathProblems`), and output files inside it.
 */
export function chartFolderProblems(args: OutputArgs, inputs: readonly string[], slug: string, csvNames: readonly string[] = []): OutputIssue[] {
  if (args.report === false || args.out !== undefined) return [];
  const target = resolveReportDir(slug, policyOf(args, inputs));
  return target.ok ? inReportFolderProblems(outputFilesOf(args, csvNames, []), target.dir, "of this run") : target.issues;
}

/** Prints output-path problems; true when there were any (exit code 2 is set). */
export function refuseOutputs(problems: readonly OutputIssue[]): boolean {
  for (const problem of problems) process.stderr.write(`procsim: ${problem.message}\n`);
  if (problems.length > 0) process.exitCode = 2;
  return problems.length > 0;
}

/** Runs one output write; a failure (disk full, permissions) is reported and the other outputs are still written. */
export function writeOutput(what: string, write: () => void): void {
  try {
    write();
  } catch (cause) {
    process.stderr.write(`procsim: ${what} not written: ${cause instanceof Error ? cause.message : String(cause)}\n`);
    process.exitCode = 1;
  }
}
