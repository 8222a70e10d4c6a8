/**
 * Changes to capacity and demand: pool headcount and shifts, new pools, arrival rates.
 *
 * "Two more tellers between 11:00 and 14:00" is `setCapacity` with a new shift plan;
 * "30% of customers move to the online channel" is `scaleArrivals` with factor 0.7, which
 * sets the source's `rateFactor`: the same arrival stream is thinned, each customer staying
 * with probability 0.7, so the customers who remain are the very same ones (same arrival
 * times, same service needs) and the comparison stays paired on common random numbers.
 * A factor above 1 adds an extra stream of new customers on top of the unchanged ones.
 */
import type { ChangeParams } from "./schema.js";
import type { ChangeScope } from "./scope.js";
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
  if (!s.safeKey(p.name, "name")) return;
  if (Object.hasOwn(pools, p.name)) {
    s.fail("duplicateName", "name", { kind: "resource", name: p.name, first: "the base model" });
    return;
  }
  const { name, ...pool } = p;
  s.set(pools, name, pool);
}

/** Multiplies the source's rate factor (thinning or an extra stream; see the module comment). */
function scaleArrivals(p: ChangeParams<"scaleArrivals">, s: ChangeScope): void {
  const source = s.source(p.source);
  if (!source) return;
  const current = typeof source.rateFactor === "number" ? source.rateFactor : 1;
  s.set(source, "rateFactor", current * p.factor, "factor");
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
  delete source.rateFactor;
  if (p.profile !== undefined && p.ratePerHour === undefined) delete source.ratePerHour;
  if (p.ratePerHour !== undefined) s.set(source, "ratePerHour", p.ratePerHour, "ratePerHour");
  if (p.profile !== undefined) s.set(source, "profile", p.profile, "profile");
}

/** The capacity and demand changes, by kind. */
export const SUPPLY_CHANGES = { setCapacity, addResource, scaleArrivals, setArrivals };
