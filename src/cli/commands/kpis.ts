/**
 * `procsim kpis [--out FILE]`: print or write the KPI reference (markdown), generated from
 * the KPI registry.
 *
 * `procsim kpis --out docs/kpis.md` regenerates the committed copy, so an analyst reading
 * "Occupancy of tellers" in a report finds exactly how it is computed.
 */
import { writeFileSync } from "node:fs";
import type { CommandModule } from "yargs";
import { kpiReferenceText } from "../../stats/kpis/reference.js";
import { EXIT } from "../output.js";

interface KpisArgs {
  out?: string;
}

/** The kpis command. */
export const kpisCommand: CommandModule<object, KpisArgs> = {
  command: "kpis",
  describe: "Print the KPI reference (every KPI with its definition), or write it with --out",
  builder: (yargs) => yargs.option("out", { type: "string", describe: "write the reference to this file instead of printing it" }) as never,
  handler: (args) => {
    const text = kpiReferenceText();
    if (args.out === undefined) {
      process.stdout.write(text);
      return;
    }
    try {
      writeFileSync(args.out, text);
      process.stdout.write(`wrote ${args.out}\n`);
    } catch (cause) {
      process.stderr.write(`procsim: could not write ${args.out}: ${cause instanceof Error ? cause.message : String(cause)}\n`);
      process.exitCode = EXIT.invalid;
    }
  },
};
