/**
 * Builds the time-dependent parts of a run from the model: each pool's capacity over the
 * week, the opening hours that gate arrivals, and the rate profiles of profile sources.
 *
 * The counter's tellers without a shift list are rostered at their `capacity` whenever the
 * branch (or their own calendar) is open; with a shift list, each shift contributes its
 * capacity on its days and hours (see schedule.ts). A profile source becomes a weekly
 * non-homogeneous Poisson process that is zero while the calendar is closed.
 */
import { ARRIVAL_PROFILE, type CompiledModel } from "../model/compile/compiled.js";
import type { ArrivalProfile, OpenHours } from "./arrivals.js";
import type { CapacityTimeline } from "./capacity.js";
import { arrivalProfile, capacitySchedule, openHoursSchedule } from "./schedule.js";

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
  return {
    capacity: model.resources.map((pool) => capacitySchedule(pool, model.calendar)),
    hours: model.calendar.always ? null : openHoursSchedule(model.calendar),
    profiles: compiled.sources.map((source, i) =>
      source.arrivalKind === ARRIVAL_PROFILE ? arrivalProfile(model.arrivals[i], model.calendar) : null),
  };
}

/** NOTE: timelines depend only on the compiled model; built once per model, not per replication. */
const timelinesByModel = new WeakMap<CompiledModel, RunTimelines>();

/** The timelines of a compiled model, built on first request and kept while the model lives. */
export function timelinesOf(compiled: CompiledModel): RunTimelines {
  let timelines = timelinesByModel.get(compiled);
  if (timelines === undefined) {
    timelines = buildTimelines(compiled);
    timelinesByModel.set(compiled, timelines);
  }
  return timelines;
}
