/**
 * `procsim kpis [--out FILE]`: print or write the KPI reference (markdown), generated from
 * the KPI registry.
 *
 * `procsim kpis --out docs/kpis.md` regenerates the committed copy, so an analyst reading
 * "Occupancy of tellers" in a report finds exactly how it is computed.
 */
import type { CommandModule } from "yargs";
import { kpiReferenceText } from "../../stats/kpis/reference.js";
import { writeGeneratedText } from "../generated-output.js";

interface KpisArgs {
  out?: string;
  allowOutside?: boolean;
  force?: boolean;
}

/** The kpis command. */
export const kpisCommand: CommandModule<object, KpisArgs> = {
  command: "kpis",
  describe: "Print the KPI reference (every KPI with its definition), or write it with --out",
  builder: (yargs) => yargs.option("out", { type: "string", describe: "write the reference to this file instead of printing it" })
      .option("allow-outside", { type: "boolean", default: false, describe: "allow --out outside the working directory" })
      .option("force", { type: "boolean", default: false, describe: "replace an --out file that is not an earlier copy of this file" }) as never,
  handler: (args) => {
    const text = kpiReferenceText();
    if (args.out === undefined) {
      process.stdout.write(text);
      return;
    }
    writeGeneratedText(args.out, text, "KPI reference", args.allowOutside === true, args.force === true);
  },
};
