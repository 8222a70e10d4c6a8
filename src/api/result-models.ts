/**
 * A library result remembers the models it ran, so that its report can word what a proposal
 * changes, the money, the assumptions and the caveats with nothing more passed in.
 *
 * `const r = await compareFiles("examples/贷款审批.yaml", ["examples/贷款审批-增加审批员.yaml"])`
 * then `writeComparisonReport(r.value)` writes "审批员: 4 → 5", the cost table and the
 * assumptions, in Chinese (the model's `language: zh`), as `procsim compare` does.
 *
 * The models ride under a symbol key: JSON leaves symbol keys out (report.json and `--json`
 * stay byte for byte as before) while an object spread (`{ ...result }`) keeps them. A result
 * read back from JSON has lost them; its report then says the changes are unknown.
 */
import type { Model } from "../model/compile/model.js";
import { checkOverridesFor, checkRunOverrides, type RunOverrides } from "../experiment/run-overrides.js";
import { runOptionProblems } from "../experiment/run-options.js";
import { compare as compareModels, type CompareOptions, type PairedComparison } from "../experiment/compare.js";
import { simulate as simulateModel, simulateSync as simulateModelSync, type SimulateOptions, type Simulation } from "../experiment/simulate.js";
import { compareFiles as compareModelFiles } from "./compare.js";
import { overrideIssues, simulateFile as simulateModelFile, type BeforeRun, type Outcome } from "./simulate.js";
import type { LoadAnyOptions } from "../model/overlays/load.js";
import { COMPARE_FILES_KEYS, COMPARE_KEYS, RUN_OVERRIDE_KEYS, SIMULATE_FILE_KEYS, SIMULATE_KEYS, TARGET_KEYS } from "./option-tables.js";
import { isOptionsObject, optionIssues, optionProblems, refuseAllOptionProblems, type OptionKeys, type OptionProblem } from "./unknown-options.js";

/** The models a result ran (current first, as loaded) and the run settings given as options. */
export interface ResultModels {
  readonly models: readonly Model[];
  readonly overrides: RunOverrides;
}

const MODELS = Symbol.for("procsim.resultModels");
type Carrier = { [MODELS]?: ResultModels };

/** The run settings among a call's options (the rest, such as a pool or a callback, are not kept). */
function overridesOf(options: RunOverrides): RunOverrides {
  const { replications, seed, horizon } = options;
  return { ...(replications !== undefined ? { replications } : {}), ...(seed !== undefined ? { seed } : {}), ...(horizon !== undefined ? { horizon } : {}) };
}

/** Stores the models on a result (an enumerable symbol key: spreads keep it, JSON drops it); returns the result. */
export function carryModels<T extends object>(result: T, models: readonly Model[], options: RunOverrides): T {
  (result as Carrier)[MODELS] = { models: [...models], overrides: overridesOf(options) };
  return result;
}

/** The models a result carries, or null (a result made elsewhere, or read back from JSON). */
export function carriedModels(result: object): ResultModels | null {
  return (result as Carrier)[MODELS] ?? null;
}

/** Every key of a run's options (and of its `target`) that `known` does not list. */
function runOptionKeyProblems(fn: string, options: unknown, known: OptionKeys<object>): OptionProblem[] {
  const target = typeof options === "object" && options !== null ? (options as { target?: unknown }).target : undefined;
  // A target that is not an object is refused by the run's own checks, with the keys it needs.
  const targetKeys = typeof target === "object" && target !== null ? optionProblems(fn, target, TARGET_KEYS, "target.") : [];
  return [...optionProblems(fn, options, known), ...targetKeys];
}

/** The sentences of every invalid value of a run's known options (none when the options are no object: that is a key problem). */
function runValueProblems(options: unknown): string[] {
  return isOptionsObject(options) ? runOptionProblems(options).map((problem) => problem.message) : [];
}

/**
 * Runs a model (see `experiment/simulate.ts`); the result remembers the model for its report.
 * Rejects with a TypeError naming every option it does not know (`replication` for
 * `replications`) and, in the same message, every invalid value of a known one; with only
 * invalid values, a RangeError naming them all.
 */
export async function simulate(model: Model, options: SimulateOptions = {}): Promise<Simulation> {
  refuseAllOptionProblems("simulate", runOptionKeyProblems("simulate", options, SIMULATE_KEYS), runValueProblems(options));
  return carryModels(await simulateModel(model, options), [model], options);
}

/**
 * Runs a model on the calling thread (see `experiment/simulate.ts`); the result remembers the model.
 * @throws TypeError naming every option other than replications, seed and horizon, with every
 * invalid value of those in the same message; RangeError naming every invalid value when all
 * keys are known.
 */
export function simulateSync(model: Model, options: RunOverrides = {}): Simulation {
  const invalid = isOptionsObject(options) ? [...checkRunOverrides(options), ...checkOverridesFor(model, options)].map((problem) => problem.message) : [];
  refuseAllOptionProblems("simulateSync", optionProblems("simulateSync", options, RUN_OVERRIDE_KEYS), invalid);
  return carryModels(simulateModelSync(model, options), [model], options);
}

/**
 * Compares proposals with the current model (see `experiment/compare.ts`); the result remembers the models.
 * Rejects with a TypeError naming every option it does not know and every invalid value in
 * the same message; with only invalid values, a RangeError naming them all.
 */
export async function compare(current: Model, proposals: readonly Model[], options: CompareOptions = {}): Promise<PairedComparison> {
  refuseAllOptionProblems("compare", runOptionKeyProblems("compare", options, COMPARE_KEYS), runValueProblems(options));
  return carryModels(await compareModels(current, proposals, options), [current, ...proposals], options);
}

/** A `beforeRun` hook that also keeps the loaded models. */
function keeping(options: BeforeRun, keep: (models: readonly Model[]) => void): BeforeRun["beforeRun"] {
  return (models) => {
    keep(models);
    return options.beforeRun?.(models) ?? [];
  };
}

/** The issues of every unknown key and, with them, every invalid value of a run's options; none when only values are invalid (the entry point's own check reports those). */
function optionKeyIssues(fn: string, options: unknown, known: OptionKeys<object>): ReturnType<typeof optionIssues> {
  const unknown = runOptionKeyProblems(fn, options, known);
  if (unknown.length === 0) return [];
  return [...optionIssues(unknown), ...(isOptionsObject(options) ? overrideIssues(options) : [])];
}

/**
 * Loads and runs a model or proposal file (see `api/simulate.ts`); the result remembers the model.
 * An option it does not know comes back as an issue of "(options)", as an invalid value does,
 * all of them at once.
 */
export async function simulateFile(path: string, options: SimulateOptions & BeforeRun & LoadAnyOptions = {}): Promise<Outcome<Simulation>> {
  const unknown = optionKeyIssues("simulateFile", options, SIMULATE_FILE_KEYS);
  if (unknown.length > 0) return { ok: false, issues: unknown };
  let models: readonly Model[] = [];
  const outcome = await simulateModelFile(path, { ...options, beforeRun: keeping(options, (m) => (models = m)) });
  if (outcome.ok) carryModels(outcome.value, models, options);
  return outcome;
}

/**
 * Loads and compares model or proposal files (see `api/compare.ts`); the result remembers the models.
 * An option it does not know comes back as an issue of "(options)", as an invalid value does,
 * all of them at once.
 */
export async function compareFiles(currentPath: string, proposalPaths: readonly string[], options: CompareOptions & BeforeRun & LoadAnyOptions = {}): Promise<Outcome<PairedComparison>> {
  const unknown = optionKeyIssues("compareFiles", options, COMPARE_FILES_KEYS);
  if (unknown.length > 0) return { ok: false, issues: unknown };
  let models: readonly Model[] = [];
  const outcome = await compareModelFiles(currentPath, proposalPaths, { ...options, beforeRun: keeping(options, (m) => (models = m)) });
  if (outcome.ok) carryModels(outcome.value, models, options);
  return outcome;
}
