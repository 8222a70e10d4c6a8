/**
 * Sub-processes from another file of the model's folder: `use: { file: common.yaml, name:
 * verify documents }` reads the `subprocesses` key of common.yaml, under the same rule as a
 * proposal's `extends:` — the file must lie in the model's folder or below it (symlinks
 * resolved), so a model cannot read files elsewhere on the machine.
 *
 * A loan factory and a card-issuing model in one scenario folder both use "verify documents"
 * from common.yaml; each file is read and checked once per load, whatever the number of uses.
 */
import { z } from "zod";
import type { ExternalSubprocesses } from "../compile/subprocesses.js";
import { NameSchema, PARSE_ONCE } from "../schema/schema-helpers.js";
import { LIMITS, StepSchema, type RawStep } from "../schema/schema.js";
import { error } from "./issues.js";
import { readBesideModel } from "./model-folder.js";
import { parseYaml } from "./yaml-source.js";

const SubprocessFileSchema = z.object({ subprocesses: z.record(NameSchema, z.array(StepSchema).min(1).max(LIMITS.steps)) });

type Library = Readonly<Record<string, readonly RawStep[]>>;

/** Reads one file's sub-processes; a reason in words when it cannot be used. */
function readLibrary(modelFile: string, file: string): Library | string {
  const read = readBesideModel(modelFile, file, /\.ya?ml$/i, ".yaml");
  if (!read.ok) return read.reason;
  const { source, issues } = parseYaml(read.text);
  if (issues.length > 0) return "it is not valid YAML";
  const parsed = SubprocessFileSchema.safeParse(source.doc.toJS({ maxAliasCount: 100 }), PARSE_ONCE);
  if (!parsed.success) return "its subprocesses key is missing or not valid (check it with a model that defines them itself)";
  return parsed.data.subprocesses;
}

/** The resolver of `use: { file, … }` for a model loaded from `modelFile` (null: loaded from text, no folder). */
export function subprocessFiles(modelFile: string | null): ExternalSubprocesses {
  const cache = new Map<string, Library | string>();
  return (file, path, issues) => {
    const library = modelFile === null ? "a model given as text has no folder to read it from" : (cache.get(file) ?? readLibrary(modelFile, file));
    cache.set(file, library);
    if (typeof library !== "string") return library;
    if (path.length > 0) issues.push(error("subprocessFile", path, { file, reason: library }));
    return null;
  };
}
