/**
 * Part files before they are merged: what one must hold, and what tells two parts' plans apart.
 *
 * A part file cut short, edited by hand or written by another program is refused with the
 * field that is wrong ("shard must be {index, count} with whole numbers 1 ≤ index ≤ count"),
 * never an internal error; two parts of different plans are named by what differs. After a
 * job array ran `procsim compare today.yaml rpa.yaml -r 400 --shard i/8` with `-s 7` on
 * seven machines and `-s 9` on the eighth, the merge says "shard 8/8 is from another plan
 * than shard 1/8: seed 9, not 7".
 */
import type { Model, RunSettings } from "../model/compile/model.js";
import type { ShardKind, ShardPart } from "./shards.js";

/** The format tag of a part file. */
export const SHARD_FORMAT = "procsim-shard/1";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isCount = (value: unknown, min: number): value is number => typeof value === "number" && Number.isInteger(value) && value >= min;

/** What is wrong with the plan results of a part holding `models` models, or null. */
function resultsProblem(part: unknown, models: number): string | null {
  if (!isObject(part) || !isObject(part.replications) || !Array.isArray(part.results)) return "part must hold replications {from, count} and results";
  const { from, count } = part.replications;
  if (!isCount(from, 0) || !isCount(count, 1)) return "part.replications must be {from, count} with whole numbers from ≥ 0 and count ≥ 1";
  if (part.results.length !== models) return `part.results must hold one list per model (${models}), found ${part.results.length}`;
  const whole = part.results.every((reps) => Array.isArray(reps) && reps.length === count && reps.every((rep, i) => isObject(rep) && rep.replication === from + i));
  return whole ? null : `part.results must hold replications ${from}..${from + count - 1} of every model, in order`;
}

/**
 * What is wrong with a value read from a part file, or null when it has the fields a merge
 * reads: the format tag, the kind, the shard, the models (one for a run, two or more for a
 * comparison) and one result per model and replication of its block. The numbers inside the
 * results are not checked: a part is written by procsim and trusted as a whole.
 */
export function partProblem(value: unknown): string | null {
  if (!isObject(value)) return "it is not a procsim part file (a JSON object written by run or compare --shard i/n --json FILE)";
  if (value.format !== SHARD_FORMAT) return `it is not a procsim part file (format ${JSON.stringify(value.format) ?? "missing"}, expected ${SHARD_FORMAT})`;
  if (value.kind !== "run" && value.kind !== "compare") return `kind must be "run" or "compare", found ${JSON.stringify(value.kind) ?? "nothing"}`;
  const shard = value.shard;
  if (!isObject(shard) || !isCount(shard.count, 1) || !isCount(shard.index, 1) || shard.index > shard.count) return "shard must be {index, count} with whole numbers 1 ≤ index ≤ count";
  const models = value.models;
  const wanted = value.kind === "run" ? "one model" : "two or more models";
  if (!Array.isArray(models) || !models.every((m) => isObject(m) && isObject(m.run)) || (value.kind === "run" ? models.length !== 1 : models.length < 2)) return `models must be a list of ${wanted}`;
  if (value.perReplication !== undefined && typeof value.perReplication !== "boolean") return "perReplication must be true or false";
  return resultsProblem(value.part, models.length);
}

const RUN_WORDS: Readonly<Record<keyof RunSettings, string>> = {
  horizon: "horizon",
  maxArrivals: "maxArrivals",
  warmup: "warm-up",
  replications: "replications",
  seed: "seed",
  study: "study",
  slot: "time-of-day slot",
};

/** How model `i` of a part of `kind` is named: "the model", "the current model", "proposal 2". */
function modelLabel(kind: ShardKind, i: number): string {
  if (kind === "run") return "the model";
  return i === 0 ? "the current model" : `proposal ${i}`;
}

/** A run setting as a difference names it: minutes with their unit, "none" for no value. */
function settingText(key: keyof RunSettings, value: RunSettings[keyof RunSettings]): string {
  if (value === null || value === undefined) return "none";
  return typeof value === "number" && (key === "horizon" || key === "warmup" || key === "slot") ? `${value} min` : String(value);
}

/** What differs between one model of two parts: its name, run settings, or else the model itself. */
function modelDifference(label: string, model: Model, other: Model): string[] {
  if (model.name !== other.name) return [`${label} is ${JSON.stringify(model.name)}, not ${JSON.stringify(other.name)}`];
  const keys = Object.keys(RUN_WORDS) as (keyof RunSettings)[];
  const run = keys.filter((key) => model.run[key] !== other.run[key]);
  if (run.length > 0) return run.map((key) => (key === "replications" ? `${model.run[key]} replications, not ${other.run[key]}` : `${RUN_WORDS[key]} ${settingText(key, model.run[key])}, not ${settingText(key, other.run[key])}`));
  return JSON.stringify(model) === JSON.stringify(other) ? [] : [`${label} differs (another file or other settings of ${JSON.stringify(model.name)})`];
}

/**
 * What makes `part` another plan than `first`, in words ("seed 9, not 7"; "3 shards, not 8";
 * "proposal 1 differs (…)"), or null when both are of one plan (same command, models with
 * their run settings, and shard count).
 */
export function planDifference(part: ShardPart, first: ShardPart): string | null {
  if (part.kind !== first.kind) return `a ${part.kind === "run" ? "run" : "comparison"}, not a ${first.kind === "run" ? "run" : "comparison"}`;
  const found: string[] = [];
  if (part.shard.count !== first.shard.count) found.push(`${part.shard.count} shards, not ${first.shard.count}`);
  if (part.models.length !== first.models.length) found.push(`${part.models.length} models, not ${first.models.length}`);
  else part.models.forEach((model, i) => found.push(...modelDifference(modelLabel(part.kind, i), model, first.models[i])));
  const unique = [...new Set(found)];
  return unique.length > 0 ? unique.join("; ") : null;
}
