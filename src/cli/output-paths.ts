/**
 * The output paths of `run` and `compare` (--json, --csv, --out or the default report
 * folder), checked with one policy before any simulation starts.
 *
 * `procsim run account-opening.yaml --json account-opening.yaml` stops at once with exit
 * code 2 ("it is a model file this run reads"), and so does `--csv ../elsewhere` or an --out
 * through a symlink that leaves the working directory: nothing is simulated for an hour only
 * to fail when the results are written. Once the models are loaded the outputs are checked
 * again, against every file the run reads (a recorded-arrivals CSV, a sub-process library)
 * and against the command and report that wrote an existing --out folder.
 */
import type { Model } from "../model/compile/model.js";
import { error, locateIssue, type ModelIssue } from "../model/source/issues.js";
import { checkCsvTarget, checkJsonTarget, type OutputIssue, type OutputPolicy } from "../report/write-policy.js";
import { resolveReportDir, slugOf } from "../report/write-target.js";
import type { FolderOwner } from "../report/folder-owner.js";
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
 * and lie outside the --out folder. With `owner` (known once the models are loaded), an --out
 * folder another command or report wrote is refused unless --force.
 */
export function outputPathProblems(args: OutputArgs, inputs: readonly string[], csvNames: readonly string[], logFiles: readonly string[] = [], owner?: FolderOwner): OutputIssue[] {
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
    const out = args.out.trim() === "" ? null : resolveReportDir("report", { ...policy, outDir: args.out }, owner);
    if (out === null) problems.push({ code: "not-a-folder", path: "", message: "--out needs a folder name, e.g. --out reports/today" });
    else if (!out.ok) problems.push(...out.issues);
    else problems.push(...inReportFolderProblems(outputFilesOf(args, csvNames, logFiles), out.dir, `--out ${args.out}`));
  }
  return [...problems, ...sameFileProblems(outputFilesOf(args, csvNames, logFiles))];
}

/** The folder owner of a run (one model) or comparison (a current model and proposals). */
export function reportOwnerOf(models: readonly Model[]): FolderOwner & { readonly name: string } {
  if (models.length === 1) return { command: "run", name: models[0].name };
  return { command: "compare", name: `${models[0].name} vs ${models.slice(1).map((m) => m.name).join(" ")}` };
}

/**
 * Every output problem of a run or comparison once its models are loaded, as issues: the
 * checks of `outputPathProblems` against all the files the run reads (see input-files.ts) and
 * the command and report of an existing --out folder, or the default report folder's problems
 * (`csvNames` and `logFiles` as for `outputPathProblems`).
 */
export function loadedOutputIssues(args: OutputArgs, inputs: readonly string[], models: readonly Model[], csvNames: readonly string[] = [], logFiles: readonly string[] = []): ModelIssue[] {
  if (models.length === 0) return [];
  const owner = reportOwnerOf(models);
  const problems = outputPathProblems(args, inputs, csvNames, logFiles, owner);
  if (problems.length === 0 && args.report !== false && args.out === undefined) {
    const target = resolveReportDir(slugOf(owner.name), policyOf(args, inputs), owner);
    problems.push(...(target.ok ? inReportFolderProblems(outputFilesOf(args, csvNames, logFiles), target.dir, "of this run") : target.issues));
  }
  return asOptionIssues(problems);
}

/** Output problems as issues of the options, for a check made once the models are loaded. */
export function asOptionIssues(problems: readonly OutputIssue[]): ModelIssue[] {
  return problems.map((problem) => locateIssue(error("invalidOption", ["out"], { option: "out", reason: problem.message }), { path: ["out"], file: "(options)", line: 0, column: 0 }));
}

/**
 * Every output problem of sweep and staff once the model is loaded (`owner` names the command
 * and model): the checks of `outputPathProblems`, and those of the chart folder
 * `reports/<slug>` when no --out is given, with output files inside it.
 */
export function chartFolderProblems(args: OutputArgs, inputs: readonly string[], slug: string, owner: FolderOwner, csvNames: readonly string[] = []): OutputIssue[] {
  const problems = outputPathProblems(args, inputs, csvNames, [], owner);
  if (problems.length > 0 || args.report === false || args.out !== undefined) return problems;
  const target = resolveReportDir(slug, policyOf(args, inputs), owner);
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
