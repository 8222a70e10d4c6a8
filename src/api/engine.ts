/**
 * Library facade for driving the engine directly: compile a model once, run single
 * replications, and read the KPI catalogue without running.
 *
 * An analyst sizing lunch-time tellers compiles `branch-counter` once and calls
 * `runReplication(compiled, r)` for r = 0..99 in a notebook loop, or reads
 * `kpiDefsFor(collectorLayoutOf(compiled))` to see which KPI keys a run will report.
 */
import type { CompiledModel } from "../model/compile/compiled.js";
import type { RepResult } from "../stats/result-types.js";
import { runReplication as runOne, type ReplicationOptions } from "../experiment/replicate.js";
import { REPLICATION_KEYS } from "./option-tables.js";
import { assertKnownOptions } from "./unknown-options.js";

export { compileModel } from "../model/compile/compile.js";
export { collectorLayoutOf } from "../experiment/collector-layout.js";
export type { CompiledModel } from "../model/compile/compiled.js";
export type { ReplicationOptions } from "../experiment/replicate.js";
export { SimulationError } from "../engine/errors.js";
export { createCollector } from "../stats/collectors.js";
export { kpiDefsFor, summariseRuns } from "../stats/summarise.js";
export type { SimObserver, CollectorLayout } from "../stats/observer.js";

/**
 * Runs replication `replication` (0-based) of `compiled` with the model's seed (see
 * `experiment/replicate.ts`): an `observer` receives every event instead of the collector.
 * @throws TypeError for an option other than observer, maxEvents, maxCasesInSystem and
 * maxVisitsPerStep; RangeError when `replication` is not a whole number ≥ 0; SimulationError
 * naming replication, time, case and step when the run fails.
 */
export function runReplication(compiled: CompiledModel, replication: number, options: ReplicationOptions = {}): RepResult {
  assertKnownOptions("runReplication", options, REPLICATION_KEYS);
  return runOne(compiled, replication, options);
}
