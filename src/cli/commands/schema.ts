/**
 * `procsim schema [--out FILE]`: print or write the JSON Schema of the model language.
 *
 * Editors use it for completion and hover docs in model files
 * (`# yaml-language-server: $schema=../docs/procsim.schema.json`);
 * `procsim schema --out docs/procsim.schema.json` regenerates the committed copy, and
 * `procsim schema --proposal` gives the schema of proposal files (`extends:` + `changes:`).
 */
import type { CommandModule } from "yargs";
import { jsonSchemaText } from "../../api/load.js";
import { proposalJsonSchemaText } from "../../model/overlays/json-schema.js";
import { writeGeneratedText } from "../generated-output.js";

interface SchemaArgs {
  out?: string;
  allowOutside?: boolean;
  force?: boolean;
  proposal?: boolean;
}

/** The schema command. */
export const schemaCommand: CommandModule<object, SchemaArgs> = {
  command: "schema",
  describe: "Print the JSON Schema of model files (for editor completion), or write it with --out",
  builder: (yargs) =>
    yargs
      .option("out", { type: "string", describe: "write the schema to this file instead of printing it" })
      .option("allow-outside", { type: "boolean", default: false, describe: "allow --out outside the working directory" })
      .option("force", { type: "boolean", default: false, describe: "replace an --out file that is not an earlier copy of this file" })
      .option("proposal", { type: "boolean", default: false, describe: "the schema of proposal files (extends: + changes:)" }) as never,
  handler: (args) => {
    const text = args.proposal ? proposalJsonSchemaText() : jsonSchemaText();
    if (args.out === undefined) {
      process.stdout.write(text);
      return;
    }
    writeGeneratedText(args.out, text, "JSON Schema", args.allowOutside === true, args.force === true);
  },
};
