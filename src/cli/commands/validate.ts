/**
 * `procsim validate FILE...`: check model files without running them.
 *
 * A planner runs `procsim validate scenarios/*.yaml` before a meeting: every problem of every
 * file is printed (errors, then warnings, each as `file:line:col  path  message`), a valid
 * file gets one "ok" line. Exit code 0 when every file is valid (warnings allowed), 2 otherwise.
 * With --json the same issues are printed as data, for editors and CI annotations. A run that
 * would take more than ten minutes on this machine is a warning with the estimate (measuring
 * the engine's speed, and so loading the engine, only for a run big enough to matter).
 */
import { extendsRootsOf, withExtendsRoot, type ExtendsRootArgs } from "../extends-root.js";
import type { CommandModule } from "yargs";
import { formatIssue, loadAnyModelFile, type ModelIssue } from "../../api/load.js";
import { EXIT } from "../output.js";
import { isTimedRun } from "../run-size.js";
import type { Model } from "../../model/compile/model.js";

interface ValidateArgs extends ExtendsRootArgs {
  files: string[];
  json?: boolean;
}

/** Appends a file's issues (errors, then warnings) and its summary line. */
function report(file: string, lines: string[], issues: readonly ModelIssue[]): void {
  const errors = issues.filter((issue) => issue.severity === "error");
  const warnings = issues.filter((issue) => issue.severity === "warning");
  for (const issue of [...errors, ...warnings]) lines.push(formatIssue(issue));
  const warningText = warnings.length > 0 ? ` (${warnings.length} warning${warnings.length === 1 ? "" : "s"})` : "";
  if (errors.length > 0) lines.push(`${file}: ${errors.length} error${errors.length === 1 ? "" : "s"}${warningText}`);
  else lines.push(`${file}: ok${warningText}`);
}

/** The run-budget warning of a valid model; the budget and the engine load only for a big run. */
async function longRunWarning(model: Model): Promise<ModelIssue | null> {
  if (!isTimedRun(model)) return null;
  const { budgetIssue } = await import("../run-budget.js");
  return budgetIssue(model, {}, { allowLong: true, refuse: false });
}

/** The validate command. */
export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: "validate <files..>",
  describe: "Check model files and print every problem with file, line, column and YAML path",
  builder: (yargs) =>
    withExtendsRoot(yargs)
      .positional("files", { type: "string", array: true, demandOption: true, describe: "model or proposal YAML files" })
      .option("json", { type: "boolean", describe: "print { files: [{ file, ok, issues }] } as JSON instead of text" })
      .example("$0 validate scenarios/*.yaml", "check every bundled scenario") as never,
  handler: async (args) => {
    const lines: string[] = [];
    const files: { file: string; ok: boolean; issues: readonly ModelIssue[] }[] = [];
    for (const file of args.files) {
      const result = loadAnyModelFile(String(file), extendsRootsOf(args));
      const budget = result.ok ? await longRunWarning(result.model) : null;
      const issues = result.ok ? [...result.warnings, ...(budget ? [budget] : [])] : result.issues;
      report(String(file), lines, issues);
      files.push({ file: String(file), ok: result.ok, issues });
    }
    process.stdout.write(args.json ? `${JSON.stringify({ files }, null, 2)}\n` : `${lines.join("\n")}\n`);
    process.exitCode = files.every((entry) => entry.ok) ? EXIT.ok : EXIT.invalid;
  },
};
