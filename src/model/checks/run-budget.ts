/**
 * How much work a run is: expected arrivals per replication (rate × open hours in the
 * horizon, capped by maxArrivals), expected step visits per case (from the routing), and the
 * events that makes over all replications. A run ended by maxArrivals alone lasts, in
 * simulated time, maxArrivals over the sources' mean rate: 1e9 calls at 10 an hour on
 * Sundays 09:00–17:00 is 1e8 Sundays, far beyond the 100-year limit.
 *
 * 1e6 arrivals an hour for 100 years is 8.8e11 cases per replication — years of computing,
 * which `procsim validate` says before anyone waits for it. The estimate is a pure function
 * of the model; the CLI turns it into time on the machine at hand.
 */
import type { ArrivalSource, Calendar, Model } from "../compile/model.js";
import { distMean } from "../../random/dist-moments.js";
import { buildRouteGraph, expectedVisits } from "./route-graph.js";
import { meanGroupSize, plannedArrivalsPerWeek } from "./source-volume.js";

/** The estimated work of a run. */
export interface RunEstimate {
  /** Expected arrivals in one replication. */
  readonly arrivals: number;
  /** Expected step visits per case. */
  readonly visitsPerCase: number;
  readonly replications: number;
  /** Expected engine events over all replications (an arrival, and the end of each visit). */
  readonly events: number;
  /** Simulated minutes of one replication: the horizon, or the expected time to maxArrivals. */
  readonly minutes: number;
}

const MINUTES_PER_WEEK = 7 * 24 * 60;

/** Share of the week the calendar is open. */
function openShare(calendar: Calendar): number {
  if (calendar.always) return 1;
  return ((calendar.close - calendar.open) * calendar.days.filter(Boolean).length) / MINUTES_PER_WEEK;
}

/** Mean arrivals per open hour of a source (a profile is averaged over the open hours). */
export function ratePerOpenHour(source: ArrivalSource, calendar: Calendar): number {
  if (source.interarrival) return 60 / Math.max(distMean(source.interarrival), Number.MIN_VALUE);
  const profile = source.profile;
  if (!profile || profile.length === 0) return source.ratePerHour ?? 0;
  const [open, close] = calendar.always ? [0, 1440] : [calendar.open, calendar.close];
  let weighted = 0;
  profile.forEach((interval, i) => {
    const from = Math.max(open, interval.from);
    const to = Math.min(close, profile[i + 1]?.from ?? 1440);
    weighted += interval.ratePerHour * Math.max(0, to - from);
  });
  return weighted / Math.max(close - open, 1);
}

/** Mean cases per open hour of a source: its rate times its group size, or a recording's or drops' volume. */
function casesPerOpenHour(source: ArrivalSource, calendar: Calendar): number {
  const planned = plannedArrivalsPerWeek(source, calendar);
  if (planned !== null) return planned / Math.max((openShare(calendar) * MINUTES_PER_WEEK) / 60, Number.MIN_VALUE);
  return ratePerOpenHour(source, calendar) * meanGroupSize(source);
}

/** Expected step visits per case starting at a source (the step count when the routing is too large to solve). */
function visitsFrom(model: Model, source: ArrivalSource, graph: ReturnType<typeof buildRouteGraph>): number {
  const start = graph.index.get(source.firstStep);
  const visits = start === undefined ? null : expectedVisits(graph, start);
  return visits === null ? model.steps.length : visits.reduce((sum, v) => sum + v, 0);
}

/** Minutes of a recording that stops after its last day (its working days on the calendar's week); null when it does not stop. */
function stoppingRecordingMinutes(source: ArrivalSource, calendar: Calendar): number | null {
  const recorded = source.recorded;
  if (recorded === undefined || recorded.afterRecording !== "stop") return null;
  const perWeek = calendar.always ? 7 : Math.max(calendar.days.filter(Boolean).length, 1);
  return (recorded.days * 7 * 24 * 60) / perWeek;
}

/**
 * The expected simulated span of a run ended by maxArrivals alone: maxArrivals at the sources'
 * mean rate, or the longest recording when only recordings that stop send cases.
 */
function spanOfArrivals(model: Model, maxArrivals: number, perMinute: readonly number[]): number {
  let unbounded = 0;
  let recordings = 0;
  let recordedCases = 0;
  model.arrivals.forEach((source, i) => {
    const stops = stoppingRecordingMinutes(source, model.calendar);
    if (stops === null) unbounded += perMinute[i];
    else {
      recordings = Math.max(recordings, stops);
      recordedCases += source.recorded?.time.length ?? 0;
    }
  });
  const total = perMinute.reduce((sum, rate) => sum + rate, 0);
  if (recordedCases >= maxArrivals) return Math.min(recordings, maxArrivals / total);
  // Past the recordings, only the other sources count towards maxArrivals.
  return unbounded > 0 ? (maxArrivals - recordedCases) / unbounded : recordings;
}

/** Cases per simulated minute of each source, averaged over the week. */
function casesPerMinute(model: Model): number[] {
  return model.arrivals.map((source) => (casesPerOpenHour(source, model.calendar) * openShare(model.calendar)) / 60);
}

/** Simulated minutes of one replication: the horizon, or the expected time until maxArrivals cases have arrived. */
export function simulatedMinutes(model: Model): number {
  const { horizon, maxArrivals } = model.run;
  return horizon ?? spanOfArrivals(model, maxArrivals ?? Infinity, casesPerMinute(model));
}

/** The expected work of running `model` as its run block says. */
export function estimateRun(model: Model): RunEstimate {
  const { horizon, maxArrivals, replications } = model.run;
  const graph = buildRouteGraph(model);
  const perMinute = casesPerMinute(model);
  const minutes = horizon ?? spanOfArrivals(model, maxArrivals ?? Infinity, perMinute);
  let arrivals = 0;
  let visits = 0;
  model.arrivals.forEach((source, i) => {
    const expected = perMinute[i] * minutes;
    arrivals += expected;
    visits += expected * visitsFrom(model, source, graph);
  });
  const visitsPerCase = arrivals > 0 ? visits / arrivals : 0;
  const capped = Math.min(arrivals, maxArrivals ?? Infinity);
  return { arrivals: capped, visitsPerCase, replications, events: capped * (1 + visitsPerCase) * replications, minutes };
}
