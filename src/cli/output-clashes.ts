/**
 * Outputs that would write over each other, refused before anything runs: two options naming
 * the same file, a file where another option needs a folder, or a file inside the report
 * folder (the report replaces its folder as a whole).
 *
 * `procsim run branch.yaml --log day.csv --json day.csv` would leave only the event log in
 * day.csv, and `--out reports/today --json reports/today/result.json` would lose the JSON
 * when the report is written; both stop at once with exit code 2, naming both options.
 */
import { join, relative, isAbsolute, resolve } from "node:path";
import { realPathOf, type OutputIssue } from "../report/write-policy.js";

/** One output file as an option names it: `--json day.csv`, `--csv tables` (tables/kpis.csv). */
export interface OutputFile {
  /** How the message names it, e.g. `--json day.csv` or `--csv tables (kpis.csv)`. */
  readonly option: string;
  /** The path, relative to the working directory or absolute (symlinks are resolved here). */
  readonly path: string;
}

/** The file options of a command, as written (the --log files are passed apart: a comparison writes one per model). */
export interface FileOptions {
  readonly json?: string;
  readonly csv?: string;
}

/** Whether `path` is `folder` or lies inside it (both resolved). */
function within(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

const blank = (text: string | undefined): text is undefined => text === undefined || text.trim() === "";

/**
 * The files the options will write: the --json file, each of `csvNames` in the --csv folder,
 * and `logFiles` (the --log file, or one per model of a comparison).
 */
export function outputFilesOf(options: FileOptions, csvNames: readonly string[], logFiles: readonly string[]): OutputFile[] {
  const files: OutputFile[] = [];
  if (!blank(options.json)) files.push({ option: `--json ${options.json}`, path: options.json });
  const csv = options.csv;
  if (!blank(csv)) files.push(...csvNames.map((name) => ({ option: `--csv ${csv} (${name})`, path: join(csv, name) })));
  files.push(...logFiles.filter((file) => !blank(file)).map((file) => ({ option: `--log ${file}`, path: file })));
  return files;
}

/**
 * Pairs of output files that are one file, or one inside the other (a file another option
 * would need as a folder): a message for each pair.
 */
export function sameFileProblems(files: readonly OutputFile[], cwd: string = process.cwd()): OutputIssue[] {
  const real = files.map((file) => realPathOf(resolve(cwd, file.path)));
  const problems: OutputIssue[] = [];
  files.forEach((file, i) => {
    for (let j = 0; j < i; j++) {
      const other = files[j];
      if (real[i] === real[j]) {
        problems.push({ code: "output-clash", path: real[i], message: `${other.option} and ${file.option} name the same file ${real[i]}: one would overwrite the other. Give each output a file of its own.` });
      } else if (within(real[i], real[j]) || within(real[j], real[i])) {
        const [inner, outer] = within(real[i], real[j]) ? [file, other] : [other, file];
        problems.push({ code: "output-clash", path: real[i], message: `${inner.option} lies inside ${outer.option}, which is written as a file. Give each output a path of its own.` });
      }
    }
  });
  return problems;
}

/**
 * Output files inside the report folder `dir` (resolved; `folder` names it, e.g. `--out
 * reports/today`): the report replaces that folder as a whole, so they would be lost.
 */
export function inReportFolderProblems(files: readonly OutputFile[], dir: string, folder: string, cwd: string = process.cwd()): OutputIssue[] {
  return files.flatMap((file) => {
    const real = realPathOf(resolve(cwd, file.path));
    if (!within(real, dir)) return [];
    const message = `${file.option} is inside the report folder ${folder} (${dir}), which the report replaces as a whole: the file would be lost. Write it outside that folder, or choose another report folder with --out.`;
    return [{ code: "output-clash" as const, path: real, message }];
  });
}
