/**
 * The procsim command line: yargs wiring only.
 *
 * `procsim compare current.yaml proposed.yaml` is parsed here and handed to the command
 * module that owns it (`commands/<name>.ts`, each exporting a yargs CommandModule). Exit
 * codes: 0 success, 2 invalid model or arguments, 1 internal error. No stack traces reach
 * the user unless PROCSIM_DEBUG is set.
 */
import { joinNegativeValues } from "./negative-values.js";
import yargs from "yargs";
import { commandsFor } from "./commands/index.js";
import { EXIT, printInternalError } from "./output.js";
import { procsimVersion } from "./version.js";
import { removeUnfinishedWrites, watchUnfinishedWrites } from "../report/unfinished-writes.js";
import { checkSingleValues } from "./single-values.js";

/**
 * A reader that stops early (`procsim kpis | head`) closes the pipe: the output ends quietly
 * with exit code 0, as for other command-line tools, instead of an EPIPE stack trace.
 */
function endQuietlyOnClosedPipe(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(EXIT.ok);
    printInternalError(error);
    process.exit(EXIT.internal);
  });
}

/**
 * Ctrl-C or a kill while a report is written: the half-written files are removed (the
 * earlier report is untouched either way) and the exit code is the shell's 128 + signal.
 * The handlers are held only while a write is in progress: otherwise the runtime's default
 * stops the process at once, even in the middle of a replication on the main thread (which
 * would hold a handler off until it ends, 40 s for a long one).
 */
function cleanUpOnInterrupt(): void {
  const stop = (code: number) => () => {
    removeUnfinishedWrites();
    process.stderr.write("\nprocsim: interrupted; earlier results are left as they were\n");
    process.exit(code);
  };
  const onInterrupt = stop(130);
  const onTerminate = stop(143);
  watchUnfinishedWrites((pending) => {
    process.off("SIGINT", onInterrupt).off("SIGTERM", onTerminate);
    if (pending) process.on("SIGINT", onInterrupt).on("SIGTERM", onTerminate);
  });
}

/**
 * Runs the CLI with the given arguments (without node and script path). Sets `process.exitCode`
 * when a command fails (2: invalid input); a successful call leaves it undefined, whatever an
 * earlier call set.
 */
export async function main(argv: readonly string[]): Promise<void> {
  // NOTE: a host calling main() again must not inherit an earlier call's failure code.
  process.exitCode = undefined;
  endQuietlyOnClosedPipe();
  cleanUpOnInterrupt();
  let cli = yargs(joinNegativeValues(argv))
    .scriptName("procsim")
    .usage("$0 <command> [options]\n\nSeeded Monte Carlo simulation of bank processes: current vs proposed, with confidence intervals.")
    .strict()
    .demandCommand(1, "Name a command: see the list above.")
    .recommendCommands()
    .help()
    .alias("h", "help")
    .version(procsimVersion())
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .check(checkSingleValues)
    .fail((message, error, y) => {
      // NOTE: a failed check (checkSingleValues) arrives as its message: a usage problem, not a crash.
      if (error instanceof Error && error.name !== "YError") throw error;
      process.stderr.write(`${y.help().toString?.() ?? ""}`);
      process.stderr.write(`\nprocsim: ${message}\n`);
      process.exit(EXIT.invalid);
    });
  for (const command of await commandsFor(argv)) cli = cli.command(command);
  try {
    await cli.parseAsync();
  } catch (error) {
    printInternalError(error);
    process.exit(EXIT.internal);
  }
}
