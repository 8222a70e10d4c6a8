/**
 * What `procsim sweep` prints and writes: a table with one row per point (or per input for
 * a tornado), the CSV of every point and KPI, and the chart folder.
 *
 * Over 2..8 tellers the table shows per teller count the mean wait, the share served within
 * 5 minutes, utilisation and cost, each as mean ± 95% half-width, and marks the points on the
 * cost/service frontier.
 */
import type { KpiDef, KpiSummary } from "../stats/result-types.js";
import type { SweepResult } from "../experiment/sweep.js";
import type { TornadoResult } from "../experiment/tornado.js";
import { formatDifference, formatMeanHalfWidth } from "./format-values.js";
import { renderTable, type Align } from "./text-table.js";

/** The KPIs a sweep table shows when none are named: wait, service levels, utilisation, cost. */
export function defaultSweepKpis(defs: readonly KpiDef[]): string[] {
  const wanted = (d: KpiDef) =>
    d.key === "overall/waitTime.mean" || d.key === "overall/cost.total" || (d.scope === "serviceLevel" && d.metric === "achieved") || (d.scope === "pool" && d.metric === "utilisation");
  return defs.filter(wanted).map((d) => d.key).slice(0, 6);
}

const summaryOf = (kpis: readonly KpiSummary[], key: string) => kpis.find((k) => k.key === key);

/** One row per point: the settings, the chosen KPIs, and a frontier marker. */
export function formatSweepTable(result: SweepResult, keys: readonly string[]): string {
  const defs = keys.flatMap((key) => result.kpiDefs.filter((d) => d.key === key));
  const frontier = new Set(result.frontier?.points ?? []);
  const paths = result.parameters.map((p) => p.path);
  const header = [...paths, ...defs.map((d) => d.label), ...(result.frontier ? ["frontier"] : [])];
  const rows = result.points.map((point) => [
    ...paths.map((path) => String(point.settings.find((s) => s.path === path)?.value ?? "(model)")),
    ...defs.map((d) => formatMeanHalfWidth(summaryOf(point.kpis, d.key), d.unit)),
    ...(result.frontier ? [frontier.has(point.index) ? "*" : ""] : []),
  ]);
  const align: Align[] = [...paths.map((): Align => "right"), ...defs.map((): Align => "right"), "left"];
  const title = `${result.model} — ${result.points.length} points (${result.mode === "factorial" ? "full factorial" : "one at a time"}), ${result.replications} replications each, seed ${result.seed}`;
  const note = `Mean ± 95% half-width. Every point ran the same replications on the same seed (common random numbers).${result.frontier ? " * = on the cost/service frontier." : ""}`;
  return `${title}\n\n${renderTable([header, ...rows], align)}\n\n${note}`;
}

/** One row per input: its low and high setting and the paired change of the KPI there. */
export function formatTornadoTable(result: TornadoResult, key: string): string {
  const def = result.kpiDefs.find((d) => d.key === key);
  if (!def) return "";
  const pct = Math.round(result.change * 100);
  const rows = result.inputs.map((input) => {
    const effect = input.effects.find((e) => e.key === key);
    return [input.path, String(input.base), String(input.low), effect ? formatDifference(effect.low, def.unit) : "—", String(input.high), effect ? formatDifference(effect.high, def.unit) : "—"];
  });
  const header = ["input", "model", `−${pct}%`, "change [95% CI]", `+${pct}%`, "change [95% CI]"];
  const title = `${result.model} — sensitivity of ${def.label} (${key}) to ±${pct}% in each input, ${result.replications} paired replications, seed ${result.seed}`;
  return `${title}\n\n${renderTable([header, ...rows], ["left", "right", "right", "right", "right", "right"])}`;
}

const cell = (value: string | number | null): string => {
  const text = value === null ? "" : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV of every point and every KPI: the settings, then key, n, mean, sd, half-width, lo, hi. */
export function sweepCsv(result: SweepResult): string {
  const paths = result.parameters.map((p) => p.path);
  const head = ["point", ...paths, "key", "n", "mean", "sd", "halfWidth", "lo", "hi"];
  const lines = result.points.flatMap((point) =>
    point.kpis.map((k) => [point.index, ...paths.map((path) => point.settings.find((s) => s.path === path)?.value ?? null), k.key, k.n, k.mean, k.sd, k.halfWidth, k.lo, k.hi].map(cell).join(",")),
  );
  return [head.map(cell).join(","), ...lines].join("\n") + "\n";
}

/** CSV of a tornado: per input and KPI, the settings and the paired changes at low and high. */
export function tornadoCsv(result: TornadoResult): string {
  const head = ["input", "base", "low", "high", "key", "baseMean", "lowChange", "lowLo", "lowHi", "highChange", "highLo", "highHi"];
  const lines = result.inputs.flatMap((input) =>
    input.effects.map((e) => [input.path, input.base, input.low, input.high, e.key, e.base, e.low.mean, e.low.lo, e.low.hi, e.high.mean, e.high.lo, e.high.hi].map(cell).join(",")),
  );
  return [head.map(cell).join(","), ...lines].join("\n") + "\n";
}
