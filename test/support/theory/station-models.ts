/**
 * Ready-made queueing models for the theory tier: one service station fed by a Poisson
 * stream, with run length stated in customers rather than minutes.
 *
 * "A counter with c tellers, λ customers per minute, handling time S, 200,000 customers after
 * a warm-up of 5,000" becomes a steady-state Model whose horizon is warm-up + 200,000/λ.
 */
import type { DistSpec } from "../../../src/random/dist-spec.js";
import type { ArrivalSource, Model, ServiceLevel } from "../../../src/model/compile/model.js";
import { buildModel, exponential, pool, poissonSource, renewalSource, serviceStep } from "./model-builder.js";
import { THEORY_SCALE } from "./replications.js";

/** The station names used by these models, so tests can name KPI keys. */
export const STATION = { source: "customers", step: "counter", pool: "tellers" } as const;

/** What a single-station model needs. */
export interface StationSpec {
  /** λ per minute. */
  readonly arrivalRate: number;
  readonly servers: number;
  readonly service: DistSpec;
  /** Customers expected after warm-up (scaled by PROCSIM_THEORY_SCALE). */
  readonly customers: number;
  /** Warm-up, minutes. */
  readonly warmup: number;
  /** Arrivals stated as a constant rate (default) or as exponential inter-arrival times. */
  readonly arrivalsAs?: "rate" | "interarrival";
  readonly patience?: DistSpec | null;
  readonly serviceLevels?: readonly ServiceLevel[];
}

/** Horizon (minutes) that gives `customers` arrivals after warm-up on average. */
export function horizonFor(arrivalRate: number, customers: number, warmup: number): number {
  return warmup + (customers * THEORY_SCALE) / arrivalRate;
}

/** The Poisson source of a station model. */
export function stationSource(spec: Pick<StationSpec, "arrivalRate" | "arrivalsAs" | "patience">, firstStep: string): ArrivalSource {
  const extras = { patience: spec.patience ?? null };
  return spec.arrivalsAs === "interarrival"
    ? renewalSource(STATION.source, exponential(1 / spec.arrivalRate), firstStep, extras)
    : poissonSource(STATION.source, spec.arrivalRate, firstStep, extras);
}

/** An M/G/c station (or M/G/∞ when servers is Infinity: a pure delay). */
export function stationModel(spec: StationSpec): Model {
  const infinite = spec.servers === Infinity;
  return buildModel({
    name: `M/G/${infinite ? "∞" : spec.servers} λ=${spec.arrivalRate}`,
    arrivals: [stationSource(spec, STATION.step)],
    resources: infinite ? [] : [pool(STATION.pool, spec.servers)],
    steps: [serviceStep(STATION.step, infinite ? null : STATION.pool, spec.service)],
    serviceLevels: spec.serviceLevels,
    run: { horizon: horizonFor(spec.arrivalRate, spec.customers, spec.warmup), warmup: spec.warmup },
  });
}
