/**
 * What a replication's event loop is given and what it hands back besides the observer's
 * data (simulation.ts).
 *
 * Replication 7 of the loan factory gets the compiled model, its stream keys (draws and
 * arrival clock keyed to replication 7), the pools' capacity timelines, the collector as its
 * observer and the run's guards; it returns how many events it processed and when it ended.
 */
import type { CompiledModel } from "../model/compile/compiled.js";
import type { SimObserver } from "../stats/observer.js";
import type { CaseDraws } from "./draws.js";
import type { ArrivalClock } from "./arrivals.js";
import type { CapacityTimeline } from "./capacity.js";
import type { SimulationLimits } from "./guards.js";

/** What a finished replication reports besides the observer's data. */
export interface SimulationOutcome {
  readonly events: number;
  /** Time the replication ended, minutes. */
  readonly endTime: number;
}

/** Everything a replication needs, already keyed to its replication number. */
export interface SimulationSetup {
  readonly compiled: CompiledModel;
  readonly replication: number;
  readonly observer: SimObserver;
  readonly draws: CaseDraws;
  readonly arrivals: ArrivalClock;
  /** Capacity over time, one per pool. */
  readonly capacity: readonly CapacityTimeline[];
  readonly limits: SimulationLimits;
}
