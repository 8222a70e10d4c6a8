/**
 * Charts of very large models show their top entries; the tables carry the rest.
 *
 * A model with 1000 pools and 10,000 steps would make a utilisation chart 1000 bars tall and
 * a time-breakdown chart of 10,000 rows — unreadable, gigabytes as PNG, and deep enough to
 * overflow the chart library's stack. Before the charts are built, each variant keeps only the
 * 30 pools with the highest utilisation and the 30 steps with the longest wait plus handling
 * time (the largest over the variants, so a comparison keeps the same rows in every panel);
 * chart titles say what was left out, and kpis.csv and report.json still hold everything.
 */
import type { KpiScope, RunResult } from "../../stats/result-types.js";
import type { ChartContext } from "./common.js";
import { t } from "../i18n/translate.js";

/** Pools and steps shown in charts at most. */
export const CHART_TOP = 30;

/** The scopes that are trimmed, with the metrics that rank their subjects. */
const RANKING: readonly { readonly scope: KpiScope; readonly noun: "chart.topPools" | "chart.topSteps"; readonly metrics: readonly string[] }[] = [
  { scope: "pool", noun: "chart.topPools", metrics: ["utilisation"] },
  { scope: "step", noun: "chart.topSteps", metrics: ["waitTime.mean", "serviceTime.mean"] },
];

/** Score of every subject of a scope: the largest (over variants) sum of its ranking metrics. */
function scores(results: readonly RunResult[], scope: KpiScope, metrics: readonly string[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const result of results) {
    const sums = new Map<string, number>();
    const means = new Map(result.kpis.map((k) => [k.key, k.mean ?? 0]));
    for (const def of result.kpiDefs) {
      if (def.scope !== scope) continue;
      const value = metrics.includes(def.metric) ? (means.get(def.key) ?? 0) : 0;
      sums.set(def.subject, (sums.get(def.subject) ?? 0) + value);
    }
    for (const [subject, sum] of sums) best.set(subject, Math.max(best.get(subject) ?? -Infinity, sum));
  }
  return best;
}

/** A result with only the kept subjects of a scope. */
function keepOnly(result: RunResult, scope: KpiScope, kept: ReadonlySet<string>): RunResult {
  const dropped = new Set(result.kpiDefs.filter((d) => d.scope === scope && !kept.has(d.subject)).map((d) => d.key));
  if (dropped.size === 0) return result;
  return { ...result, kpiDefs: result.kpiDefs.filter((d) => !dropped.has(d.key)), kpis: result.kpis.filter((k) => !dropped.has(k.key)) };
}

/** The context with at most `top` pools and steps, and a note per trimmed scope ("30 of 1000 pools"). */
export function topEntries(context: ChartContext, top: number = CHART_TOP): { context: ChartContext; notes: string[] } {
  let variants = context.variants;
  const notes: string[] = [];
  for (const { scope, noun, metrics } of RANKING) {
    const ranked = [...scores(variants.map((v) => v.result), scope, metrics)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (ranked.length <= top) continue;
    const kept = new Set(ranked.slice(0, top).map(([subject]) => subject));
    variants = variants.map((v) => ({ ...v, result: keepOnly(v.result, scope, kept) }));
    notes.push(t("chart.topEntries", { top, n: ranked.length, noun: t(noun) }));
  }
  return { context: { ...context, variants }, notes };
}
