/**
 * Conditional routes: the first option whose attribute condition holds, else the fallbacks.
 *
 * After "credit decision", a loan above 500,000 goes to "second approval" and every other
 * one to "payout": the case's amount is compared with the bound compiled for option 0; no
 * condition holds for a 120,000 loan, so it takes the single fallback without a draw. When
 * the fallbacks carry probabilities (payout 90%, manual check 10%), one branch uniform of
 * the step's route stream decides, exactly as for a probability route.
 * INVARIANT: allocation-free; the conditions precede the fallbacks (the normaliser insists).
 */
import type { CompiledAttributes } from "../model/compile/compile-attributes.js";
import { LOWER_INCLUSIVE, UPPER_INCLUSIVE } from "../model/compile/compile-attributes.js";
import type { Simulation } from "./simulation.js";

/** True when the case with attribute values at `values[base …]` satisfies route option `i`. */
function holds(table: CompiledAttributes, values: Float64Array, base: number, i: number): boolean {
  const a = table.conditionAttribute[i];
  const v = values[base + a];
  if (table.categorical[a] === 1) return v >= 0 && ((table.conditionMask[i] >>> v) & 1) === 1;
  const flags = table.conditionFlags[i];
  const lower = table.conditionLower[i];
  const upper = table.conditionUpper[i];
  const aboveLower = v > lower || ((flags & LOWER_INCLUSIVE) !== 0 && v === lower);
  return aboveLower && (v < upper || ((flags & UPPER_INCLUSIVE) !== 0 && v === upper));
}

/** The step case `c` goes to after conditional step `s`; -1 = it leaves the process. */
export function routeByCondition(sim: Simulation, c: number, s: number): number {
  const steps = sim.steps;
  const table = sim.compiled.attributes as CompiledAttributes;
  const values = (sim.attributes as NonNullable<Simulation["attributes"]>).values;
  const base = c * table.count;
  const last = steps.routeStart[s + 1] - 1;
  let i = steps.routeStart[s];
  for (; i <= last && table.conditionAttribute[i] >= 0; i++) if (holds(table, values, base, i)) return steps.routeTarget[i];
  if (i >= last) return steps.routeTarget[last];
  const cases = sim.cases;
  const visit = cases.visits[c * steps.count + s] - 1 + cases.visitOffset[c];
  const u = sim.draws.branch(s, cases.source[c], cases.ordinal[c], visit);
  for (; i < last; i++) if (u < steps.routeCumulative[i]) return steps.routeTarget[i];
  return steps.routeTarget[last];
}
