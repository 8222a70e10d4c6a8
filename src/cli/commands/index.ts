/**
 * The registry of CLI commands: one yargs CommandModule per file in this folder, listed here
 * with its usage line and description and loaded only when the command line names it.
 * Adding a command means adding its file and one entry here.
 *
 * `procsim --help` lists every command but runs none: it loads no command module, so no
 * model schema, simulation engine or report code. `procsim validate branch.yaml` loads the
 * validate module alone. The usage line and description are checked against each module's
 * own by test/unit/cli/command-registry.test.ts.
 */
import type { CommandModule } from "yargs";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyCommand = CommandModule<any, any>;

/** A command as the help lists it, and the module that implements it. */
export interface CommandEntry {
  /** The yargs usage line, as in the module: "validate <files..>". */
  readonly command: string;
  readonly describe: string;
  readonly load: () => Promise<AnyCommand>;
}

/** Every command the CLI offers, in help order. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    command: "validate <files..>",
    describe: "Check model files and print every problem with file, line, column and YAML path",
    load: async () => (await import("./validate.js")).validateCommand,
  },
  {
    command: "schema",
    describe: "Print the JSON Schema of model files (for editor completion), or write it with --out",
    load: async () => (await import("./schema.js")).schemaCommand,
  },
  {
    command: "run <model>",
    describe: "Run a model or proposal for R replications and print KPIs with 95% intervals",
    load: async () => (await import("./run.js")).runCommand,
  },
  {
    command: "compare <current> <proposals..>",
    describe: "Compare proposals with the current model: paired differences on common random numbers",
    load: async () => (await import("./compare.js")).compareCommand,
  },
  {
    command: "kpis",
    describe: "Print the KPI reference (every KPI with its definition), or write it with --out",
    load: async () => (await import("./kpis.js")).kpisCommand,
  },
  {
    command: "merge <parts..>",
    describe: "Combine the part files of a sharded run or comparison (--shard i/n) into its result",
    load: async () => (await import("./merge.js")).mergeCommand,
  },
  {
    command: "sweep <model>",
    describe: "Run a model over ranges of its numeric parameters (common random numbers): KPI curves, cost/service frontier, tornado",
    load: async () => (await import("./sweep.js")).sweepCommand,
  },
  {
    command: "staff <model>",
    describe: "Cheapest shift roster meeting a service level in every interval (Erlang seed, shift cover, simulation check)",
    load: async () => (await import("./staff.js")).staffCommand,
  },
];

/** The command's name: the first word of its usage line ("validate"). */
export function commandName(entry: CommandEntry): string {
  return entry.command.split(" ")[0];
}

/**
 * A command for the help's list only: usage line and description, no options. yargs runs
 * the command named first among the arguments, and `commandsFor` loads every command whose
 * name is among them, so this handler runs only if that rule is broken.
 */
function listedOnly(entry: CommandEntry): AnyCommand {
  return {
    command: entry.command,
    describe: entry.describe,
    handler: () => {
      throw new Error(`procsim: the ${commandName(entry)} command was run without being loaded`);
    },
  };
}

/**
 * The command modules for a command line: in full (options, handler) for each command whose
 * name is one of the arguments, listed only for the others.
 */
export async function commandsFor(argv: readonly string[]): Promise<AnyCommand[]> {
  const words = new Set(argv);
  return Promise.all(COMMANDS.map((entry) => (words.has(commandName(entry)) ? entry.load() : listedOnly(entry))));
}
