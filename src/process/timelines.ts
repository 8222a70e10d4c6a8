/**
 * Builds the time-dependent parts of a run from the model: each pool's capacity over the
 * week, the opening hours that gate arrivals, and the rate profiles of profile sources.
 *
 * The counter's tellers without a shift list are rostered at their `capacity` whenever the
 * branch (or their own calendar) is open; with a shift list, each shift contributes its
 * capacity on its days and hours. A 24/7 pool without shifts is a constant.
 */
import type { CompiledModel } from "../model/compiled.js";
import type { ArrivalProfile, OpenHours } from "./arrivals.js";
import { ConstantCapacity, type CapacityTimeline } from "./capacity.js";

/** The time-dependent inputs of a run. */
export interface RunTimelines {
  readonly capacity: readonly CapacityTimeline[];
  /** null when the model's calendar is 24/7. */
  readonly hours: OpenHours | null;
  /** By source; null for sources that are not profile-driven. */
  readonly profiles: readonly (ArrivalProfile | null)[];
}

/** Builds the timelines of a compiled model (replication-independent; allocates). */
export function buildTimelines(compiled: CompiledModel): RunTimelines {
  const { model } = compiled;
  const capacity = model.resources.map((pool) => {
    const calendar = pool.calendar ?? model.calendar;
    if (pool.shifts === null && calendar.always) return new ConstantCapacity(pool.capacity);
    throw new Error(`pool "${pool.name}": shift and calendar schedules are not available yet`);
  });
  if (!model.calendar.always) throw new Error("calendars are not available yet");
  const profiles = compiled.sources.map((source) => {
    if (source.profile === null) return null;
    throw new Error(`source "${source.name}": arrival profiles are not available yet`);
  });
  return { capacity, hours: null, profiles };
}
