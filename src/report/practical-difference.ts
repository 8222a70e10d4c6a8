/**
 * When a difference is too small to matter in practice, whatever more replications would
 * show: under 1% of the level it is measured against. That level is the KPI's own current
 * value, or, for a part of a total (overtime, idle, busy or fixed cost), the total it is part
 * of, so +CNY 0.11 of overtime on a CNY 1,475 day is nil even though it is 2% of the overtime.
 *
 * Account opening vs RPA: throughput −0.006 /h on 2.495 /h (−0.2%) is nil — both models take
 * the same arrivals — so no "about 64 replications would resolve it"; a wait +4 min on 40 min
 * (+10%) that the run cannot tell from zero is not, and keeps its hint.
 */
import type { ComparisonResult, KpiDifference } from "../stats/result-types.js";

/** A difference under this share of its level is practically nil. */
export const PRACTICAL_SHARE = 0.01;

/** Cost parts whose level is the total they are part of. */
const COST_PART = /\/cost\.(overtime|idle|busy|fixed)$/;

/** The key of the level a KPI's difference is weighed against: its total for a cost part, else itself. */
export function levelKeyOf(key: string): string {
  return COST_PART.test(key) ? key.replace(COST_PART, "/cost.total") : key;
}

/**
 * True when the observed difference is under 1% of its level's current value (see the module
 * comment); false when either is unknown or the level is 0 (nothing to weigh against).
 */
export function isPracticallyNil(d: KpiDifference, differences: ComparisonResult["proposals"][number]["differences"]): boolean {
  const level = differences.find((x) => x.key === levelKeyOf(d.key)) ?? d;
  const base = level.current.mean;
  if (d.diff.mean === null || base === null || base === 0) return false;
  return Math.abs(d.diff.mean) < PRACTICAL_SHARE * Math.abs(base);
}
