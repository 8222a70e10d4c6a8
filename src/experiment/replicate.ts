/**
 * One replication: a pure function from a compiled model and a replication number to a
 * RepResult.
 *
 *   CompiledModel ──(seed, replication)──▶ stream keys ──▶ Simulation.run ──▶ observer
 *                                                                          └─▶ RepResult
 *
 * Replication 7 of the loan factory derives its own stream keys from (seed, 7, …), runs the
 * event loop, and lets the collector turn the observed events into KPIs. The same compiled
 * model and replication number always give the same result, in any process or thread.
 */
import type { CompiledModel } from "../model/compile/compiled.js";
import type { SimObserver } from "../stats/observer.js";
import type { RepResult } from "../stats/result-types.js";
import { collectorLayoutOf, TIME_OF_DAY_BIN_MINUTES } from "./collector-layout.js";
import { createCollector } from "../stats/collectors.js";
import { CaseDraws } from "../process/draws.js";
import { ArrivalClock } from "../process/arrivals.js";
import { timelinesOf } from "../process/timelines.js";
import { DEFAULT_LIMITS, type SimulationLimits } from "../process/guards.js";
import { Simulation, type SimulationOutcome } from "../process/simulation.js";
import { givenValue } from "./run-overrides.js";

/** Options of a single replication. */
export interface ReplicationOptions {
  /** Receives every event instead of the default collector (the result's KPIs are then empty). */
  readonly observer?: SimObserver;
  /** Stop with a SimulationError after this many events (default: no limit). */
  readonly maxEvents?: number;
  /** Unstable-system guard: most cases in the system at once (default 2,000,000). */
  readonly maxCasesInSystem?: number;
  /** Endless-loop guard: most visits of one case to one step (default 100,000). */
  readonly maxVisitsPerStep?: number;
}

/**
 * Runs replication `replication` (0-based) of `compiled` with the model's seed.
 * With an `observer`, events go to it and the returned RepResult carries only the event
 * count and end time; otherwise the statistics collector produces the full result.
 * @throws SimulationError (src/engine/errors.ts) naming replication, time, case and step path
 * when the run fails (unstable system, endless rework loop, event budget, stuck queue).
 * @throws RangeError when `replication` is not a whole number ≥ 0.
 */
export function runReplication(compiled: CompiledModel, replication: number, options: ReplicationOptions = {}): RepResult {
  if (!(Number.isSafeInteger(replication) && replication >= 0)) throw new RangeError(`replication must be a whole number ≥ 0 (the first replication is 0), got ${givenValue(replication)}`);
  if (options.observer !== undefined) {
    const outcome = simulate(compiled, replication, options.observer, options);
    return { replication, kpis: {}, histograms: {}, timeOfDayBinMinutes: TIME_OF_DAY_BIN_MINUTES, timeOfDay: [], ...outcome };
  }
  const collector = createCollector(collectorLayoutOf(compiled), timelinesOf(compiled).capacity);
  const outcome = simulate(compiled, replication, collector, options);
  return collector.result(replication, outcome.events, outcome.endTime);
}

function simulate(compiled: CompiledModel, replication: number, observer: SimObserver, options: ReplicationOptions): SimulationOutcome {
  const timelines = timelinesOf(compiled);
  const draws = new CaseDraws(compiled, replication);
  const limits: SimulationLimits = {
    maxEvents: options.maxEvents ?? DEFAULT_LIMITS.maxEvents,
    maxCasesInSystem: options.maxCasesInSystem ?? DEFAULT_LIMITS.maxCasesInSystem,
    maxVisitsPerStep: options.maxVisitsPerStep ?? DEFAULT_LIMITS.maxVisitsPerStep,
  };
  const simulation = new Simulation({
    compiled,
    replication,
    observer,
    draws,
    arrivals: new ArrivalClock(compiled, draws, timelines.hours, timelines.profiles, replication),
    capacity: timelines.capacity,
    limits,
  });
  return simulation.run();
}
