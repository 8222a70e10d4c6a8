/**
 * The KPI tables `procsim run` and `procsim compare` print.
 *
 * A run prints, per scope (overall, each class, step, pool and service level), mean ±
 * half-width, the 95% interval and n. A comparison prints, per proposal, current and
 * proposed with their intervals, the paired difference with its interval, the relative
 * change, a marker for significant changes (better/worse by the KPI's direction) and the
 * variance reduction bought by common random numbers. Without `all`, only headline KPIs.
 */
import type { KpiDef, KpiScope, RunResult } from "../stats/result-types.js";
import type { PairedComparison, PairedKpiDifference } from "../api/compare.js";
import { formatDifference, formatInterval, formatMeanHalfWidth, formatRelative } from "./format-values.js";
import { renderTable } from "./text-table.js";

/** Headline metrics per scope (shown unless every KPI is asked for). */
const HEADLINE: Record<KpiScope, readonly string[]> = {
  overall: ["throughput", "completions", "waitTime.mean", "waitTime.p90", "cycleTime.mean", "cycleTime.p90", "wip.mean", "abandonment.share", "cost.total", "cost.perCase"],
  class: ["throughput", "waitTime.mean", "cycleTime.mean", "abandonment.share"],
  step: ["waitTime.mean", "serviceTime.mean", "queue.mean"],
  pool: ["utilisation", "output.perStaffHour", "cost.total"],
  serviceLevel: ["achieved"],
};

const SCOPE_TITLE: Record<KpiScope, string> = { overall: "Overall", class: "Class", step: "Step", pool: "Pool", serviceLevel: "Service level" };

/** The KPI definitions to show, grouped by scope and subject, in the run's order. */
export function groupKpis(defs: readonly KpiDef[], all: boolean): { title: string; defs: KpiDef[] }[] {
  const groups = new Map<string, { title: string; defs: KpiDef[] }>();
  for (const def of defs) {
    if (!all && !HEADLINE[def.scope].includes(def.metric)) continue;
    const title = def.scope === "overall" ? SCOPE_TITLE.overall : `${SCOPE_TITLE[def.scope]} ${def.subject}`;
    const group = groups.get(title) ?? { title, defs: [] };
    group.defs.push(def);
    groups.set(title, group);
  }
  return [...groups.values()];
}

/** The KPI table of one run. */
export function formatRunTable(run: RunResult, all = false): string {
  const summaries = new Map(run.kpis.map((k) => [k.key, k]));
  const sections = groupKpis(run.kpiDefs, all).map(({ title, defs }) => {
    const rows = defs.map((def) => {
      const summary = summaries.get(def.key);
      return [def.label, formatMeanHalfWidth(summary, def.unit), formatInterval(summary, def.unit), String(summary?.n ?? 0)];
    });
    return `${title}\n${renderTable([["KPI", "mean ± 95% half-width", "95% interval", "n"], ...rows], ["left", "right", "right", "right"])}`;
  });
  const header = `${run.model} — ${run.replications} replication${run.replications === 1 ? "" : "s"}, seed ${run.seed}`;
  return [header, ...sections].join("\n\n");
}

/** "* better" / "* worse" for a significant change, by the KPI's better direction. */
export function significanceMarker(difference: PairedKpiDifference, def: KpiDef): string {
  if (!difference.significant || difference.diff.mean === null) return "";
  if (def.better === "neither") return "*";
  const improved = def.better === "lower" ? difference.diff.mean < 0 : difference.diff.mean > 0;
  return improved ? "* better" : "* worse";
}

function differenceRow(difference: PairedKpiDifference, def: KpiDef): string[] {
  const vr = difference.varianceReduction === null ? "" : `${difference.varianceReduction.toFixed(1)}×`;
  return [
    def.label,
    formatMeanHalfWidth(difference.current, def.unit),
    formatMeanHalfWidth(difference.proposed, def.unit),
    formatDifference(difference.diff, def.unit),
    formatRelative(difference.relativeChange),
    significanceMarker(difference, def),
    vr,
  ];
}

/** The difference tables of a comparison, one per proposal. */
export function formatComparisonTables(comparison: PairedComparison, all = false): string {
  const defs = comparison.current.kpiDefs;
  const header = ["KPI", "current", "proposed", "difference [95% CI]", "change", "", "pairing gain"];
  const align = ["left", "right", "right", "right", "right", "left", "right"] as const;
  const sections = comparison.proposals.map((proposal) => {
    const byKey = new Map(proposal.differences.map((d) => [d.key, d]));
    const groups = groupKpis(defs, all)
      .map(({ title, defs: shown }) => {
        const rows = shown.flatMap((def) => (byKey.has(def.key) ? [differenceRow(byKey.get(def.key) as PairedKpiDifference, def)] : []));
        return rows.length > 0 ? `${title}\n${renderTable([header, ...rows], align)}` : "";
      })
      .filter((text) => text !== "");
    return [`${comparison.current.model}  →  ${proposal.name}`, ...groups].join("\n\n");
  });
  const footer =
    `${comparison.replications} paired replications (same seed ${comparison.current.seed}, common random numbers). ` +
    `* = the 95% interval of the difference excludes 0. Pairing gain = unpaired / paired half-width.`;
  return [...sections, footer].join("\n\n");
}
