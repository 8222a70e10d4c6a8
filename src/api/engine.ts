/**
 * Library facade for driving the engine directly: compile a model once, run single
 * replications, and read the KPI catalogue without running.
 *
 * An analyst sizing lunch-time tellers compiles `branch-counter` once and calls
 * `runReplication(compiled, r)` for r = 0..99 in a notebook loop, or reads
 * `kpiDefsFor(collectorLayoutOf(compiled))` to see which KPI keys a run will report.
 */
export { compileModel } from "../model/compile/compile.js";
export { collectorLayoutOf } from "../experiment/collector-layout.js";
export type { CompiledModel } from "../model/compile/compiled.js";
export { runReplication, type ReplicationOptions } from "../experiment/replicate.js";
export { SimulationError } from "../engine/errors.js";
export { createCollector } from "../stats/collectors.js";
export { kpiDefsFor, summariseRuns } from "../stats/summarise.js";
export type { SimObserver, CollectorLayout } from "../stats/observer.js";
