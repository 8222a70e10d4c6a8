/**
 * `procsim validate FILE...`: check model files without running them.
 *
 * A planner runs `procsim validate scenarios/*.yaml` before a meeting: every problem of every
 * file is printed (errors, then warnings, each as `file:line:col  path  message`), a valid
 * file gets one "ok" line. Exit code 0 when every file is valid (warnings allowed), 2 otherwise.
 */
import type { CommandModule } from "yargs";
import { formatIssue, loadAnyModelFile, type ModelIssue } from "../../api/load.js";
import { EXIT } from "../output.js";

interface ValidateArgs {
  files: string[];
}

function report(file: string, lines: string[], issues: readonly ModelIssue[]): boolean {
  const errors = issues.filter((issue) => issue.severity === "error");
  const warnings = issues.filter((issue) => issue.severity === "warning");
  for (const issue of [...errors, ...warnings]) lines.push(formatIssue(issue));
  const warningText = warnings.length > 0 ? ` (${warnings.length} warning${warnings.length === 1 ? "" : "s"})` : "";
  if (errors.length > 0) lines.push(`${file}: ${errors.length} error${errors.length === 1 ? "" : "s"}${warningText}`);
  else lines.push(`${file}: ok${warningText}`);
  return errors.length === 0;
}

/** The validate command. */
export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: "validate <files..>",
  describe: "Check model files and print every problem with file, line, column and YAML path",
  builder: (yargs) =>
    yargs
      .positional("files", { type: "string", array: true, demandOption: true, describe: "model or proposal YAML files" })
      .example("$0 validate scenarios/*.yaml", "check every bundled scenario") as never,
  handler: (args) => {
    const lines: string[] = [];
    let allValid = true;
    for (const file of args.files) {
      const result = loadAnyModelFile(String(file));
      const valid = report(String(file), lines, result.ok ? result.warnings : result.issues);
      allValid = allValid && valid;
    }
    process.stdout.write(`${lines.join("\n")}\n`);
    process.exitCode = allValid ? EXIT.ok : EXIT.invalid;
  },
};
