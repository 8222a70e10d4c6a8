/**
 * The one rule for better and worse, used by the headline, the tables (terminal and HTML) and
 * the paired-differences chart.
 *
 * Mean wait at data entry −146 min, interval [−168, −124], lower is better: "better". Idle
 * staff cost +79%, interval excluding zero, lower is better: "worse". Utilisation −43 points:
 * a real change of a KPI with no better direction, so neither ("changed" in tables).
 */
import type { KpiDef, KpiDifference } from "../stats/result-types.js";

/** Is a significant difference good news, bad news, or not detectable. */
export type Verdict = "better" | "worse" | "unclear";

/** The verdict of a paired difference given which direction is an improvement. */
export function verdictOf(def: KpiDef, difference: KpiDifference): Verdict {
  const mean = difference.diff.mean;
  if (!difference.significant || mean === null || mean === 0 || def.better === "neither") return "unclear";
  const improves = def.better === "lower" ? mean < 0 : mean > 0;
  return improves ? "better" : "worse";
}
