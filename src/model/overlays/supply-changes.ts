/**
 * Changes to capacity and demand: pool headcount and shifts, new pools, arrival rates.
 *
 * "Two more tellers between 11:00 and 14:00" is `setCapacity` with a new shift plan;
 * "30% of customers move to the online channel" is `scaleArrivals` with factor 0.7, which
 * scales a constant rate, every rate of a time-of-day profile, or (for a renewal process)
 * stretches the inter-arrival time by 1/0.7.
 */
import type { ChangeParams } from "./schema.js";
import type { ChangeScope } from "./scope.js";
import { DURATION_PATTERN } from "../schema/units.js";

/** Distribution parameters that are times (scaled with time); shape parameters are not. */
const TIME_PARAMS = new Set(["mean", "value", "min", "max", "mode", "sd", "scale"]);

function scaleTimeValue(value: unknown, factor: number): unknown {
  if (typeof value === "number") return value * factor;
  if (typeof value !== "string") return value;
  const match = DURATION_PATTERN.exec(value);
  return match ? `${Number(match[1]) * factor}${match[2]}` : value;
}

/** A raw distribution with every time parameter multiplied by `factor`. */
export function scaleDistribution(dist: unknown, factor: number): unknown {
  if (typeof dist !== "object" || dist === null) return scaleTimeValue(dist, factor);
  const [family, params] = Object.entries(dist as Record<string, Record<string, unknown>>)[0] ?? [];
  if (family === undefined || typeof params !== "object" || params === null) return dist;
  const scaled: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key === "values" && Array.isArray(value)) scaled[key] = value.map((v) => scaleTimeValue(v, factor));
    else scaled[key] = TIME_PARAMS.has(key) ? scaleTimeValue(value, factor) : value;
  }
  return { [family]: scaled };
}

function setCapacity(p: ChangeParams<"setCapacity">, s: ChangeScope): void {
  if (p.capacity === undefined && p.shifts === undefined) {
    s.fail("missingKey", "capacity", { key: "capacity", expected: "give capacity: <servers> and/or shifts: [...]" });
    return;
  }
  const pool = s.pool(p.resource);
  if (!pool) return;
  if (p.capacity !== undefined) s.set(pool, "capacity", p.capacity, "capacity");
  else delete pool.capacity;
  if (p.shifts !== undefined) s.set(pool, "shifts", p.shifts, "shifts");
  else delete pool.shifts;
}

function addResource(p: ChangeParams<"addResource">, s: ChangeScope): void {
  const pools = (s.model.resources ??= {});
  if (Object.hasOwn(pools, p.name)) {
    s.fail("duplicateName", "name", { kind: "resource", name: p.name, first: "the base model" });
    return;
  }
  const { name, ...pool } = p;
  s.set(pools, name, pool);
}

function scaleArrivals(p: ChangeParams<"scaleArrivals">, s: ChangeScope): void {
  const source = s.source(p.source);
  if (!source) return;
  if (typeof source.ratePerHour === "number") s.set(source, "ratePerHour", source.ratePerHour * p.factor, "factor");
  else if (source.profile && typeof source.profile === "object") {
    const profile = Object.fromEntries(Object.entries(source.profile).map(([time, rate]) => [time, Number(rate) * p.factor]));
    s.set(source, "profile", profile, "factor");
  } else if (source.interarrival !== undefined) {
    if (p.factor === 0) return s.fail("tooSmall", "factor", { found: 0, minimum: 0, inclusive: false });
    s.set(source, "interarrival", scaleDistribution(source.interarrival, 1 / p.factor), "factor");
  }
}

function setArrivals(p: ChangeParams<"setArrivals">, s: ChangeScope): void {
  if (p.ratePerHour === undefined && p.profile === undefined && p.interarrival === undefined) {
    s.fail("missingKey", "ratePerHour", { key: "ratePerHour", expected: "give ratePerHour, profile or interarrival" });
    return;
  }
  const source = s.source(p.source);
  if (!source) return;
  if (p.interarrival !== undefined) {
    delete source.ratePerHour;
    delete source.profile;
    s.set(source, "interarrival", p.interarrival, "interarrival");
  }
  if (p.ratePerHour !== undefined || p.profile !== undefined) delete source.interarrival;
  if (p.profile !== undefined && p.ratePerHour === undefined) delete source.ratePerHour;
  if (p.ratePerHour !== undefined) s.set(source, "ratePerHour", p.ratePerHour, "ratePerHour");
  if (p.profile !== undefined) s.set(source, "profile", p.profile, "profile");
}

/** The capacity and demand changes, by kind. */
export const SUPPLY_CHANGES = { setCapacity, addResource, scaleArrivals, setArrivals };
