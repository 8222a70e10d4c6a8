/**
 * What `procsim sweep` prints and writes: a table with one row per point (or per input for
 * a tornado), the CSV of every point and KPI, and the chart folder.
 *
 * Over 2..8 tellers the table shows per teller count the mean wait, the share served within
 * 5 minutes, utilisation and cost, each as mean ± 95% half-width, and marks the points on the
 * cost/service frontier.
 */
import type { KpiDef, KpiSummary, KpiUnit } from "../stats/result-types.js";
import type { SweepPoint, SweepResult } from "../experiment/sweep.js";
import type { TornadoInput, TornadoResult } from "../experiment/tornado.js";
import { displayScale, displayUnitFor, fixed, unitSuffix } from "../report/format.js";
import { decimalsOf, formatEstimate } from "../report/format-kpi.js";
import type { Column, Table } from "../report/tables.js";
import { tableToTextLines, wrapTo } from "../report/table-text.js";
import { shortLabel } from "../report/specs/kpi-select.js";
import { terminalWidth } from "./terminal.js";
import { t } from "../report/i18n/translate.js";
import { headerText } from "../report/i18n/headers.js";
import { kpiLabel } from "../report/i18n/kpi-label.js";

/** The KPIs a sweep table shows when none are named: wait, service levels, utilisation, cost. */
export function defaultSweepKpis(defs: readonly KpiDef[]): string[] {
  const wanted = (d: KpiDef) =>
    d.key === "overall/waitTime.mean" || d.key === "overall/cost.total" || (d.scope === "serviceLevel" && d.metric === "achieved") || (d.scope === "pool" && d.metric === "utilisation");
  return defs.filter(wanted).map((d) => d.key).slice(0, 6);
}

/** A column header for a KPI: a service level by its name, others by their label without "(all cases)". */
const headerOf = (def: KpiDef) => (def.scope === "serviceLevel" ? def.subject : shortLabel(def));

const summaryOf = (kpis: readonly KpiSummary[], key: string) => kpis.find((k) => k.key === key);

/** A right-aligned text column (left with `align`), dropped first on a narrow terminal when `dropOrder` is set. */
function text<R>(header: string, show: (row: R) => string, extra: Pick<Column<R>, "dropOrder"> & { align?: "left" | "right" } = {}): Column<R> {
  return { header, align: extra.align ?? "right", dropOrder: extra.dropOrder, raw: show, text: show };
}

/** One row per point: the settings, the chosen KPIs (a long time in hours down its whole column), and a frontier marker. */
export function formatSweepTable(result: SweepResult, keys: readonly string[], width = terminalWidth()): string {
  const defs = keys.flatMap((key) => result.kpiDefs.filter((d) => d.key === key));
  const frontier = new Set(result.frontier?.points ?? []);
  const shown = defs.map((d) => displayUnitFor(d.unit, result.points.map((point) => summaryOf(point.kpis, d.key)?.mean)));
  const columns = [
    ...result.parameters.map((p) => text(p.path, (point: SweepPoint) => String(point.settings.find((s) => s.path === p.path)?.value ?? t("sweep.asModel")))),
    ...defs.map((d, i) => text(headerOf(d), (point: SweepPoint) => formatEstimate(summaryOf(point.kpis, d.key), shown[i]), { dropOrder: i })),
    ...(result.frontier ? [text("frontier", (point: SweepPoint) => (frontier.has(point.index) ? "*" : ""), { align: "left" })] : []),
  ];
  const table: Table<SweepPoint> = { title: "", columns, rows: result.points };
  const mode = t(result.mode === "factorial" ? "sweep.factorial" : "sweep.oneAtATime");
  const title = t("sweep.title", { model: result.model, points: result.points.length, mode, replications: result.replications, seed: result.seed });
  const note = `${t("sweep.note")}${result.frontier ? t("sweep.frontierNote") : ""}`;
  return [...wrapTo(title, width), "", ...tableToTextLines(table, { width, indent: "  ", title: false }), "", ...wrapTo(note, width)].join("\n");
}

/** "+0.67 [+0.42, +0.92]": a signed change with its signed interval, in the unit the header names. */
function changeText(change: KpiSummary | undefined, unit: KpiUnit): string {
  if (!change || change.mean === null) return "–";
  const decimals = decimalsOf(change, unit);
  const signed = (x: number) => fixed(x * displayScale(unit), decimals, true);
  const mean = signed(change.mean);
  if (change.lo === null || change.hi === null) return mean;
  const [lo, hi] = [signed(change.lo), signed(change.hi)];
  return lo === hi ? mean : `${mean} [${lo}, ${hi}]`;
}

/** One row per input: its low and high setting and the paired change of the KPI there. */
export function formatTornadoTable(result: TornadoResult, key: string, width = terminalWidth()): string {
  const def = result.kpiDefs.find((d) => d.key === key);
  if (!def) return "";
  const pct = Math.round(result.change * 100);
  const effect = (input: TornadoInput) => input.effects.find((e) => e.key === key);
  const delta = `Δ${def.unit === "share" ? t("tornado.points") : unitSuffix(def.unit)} [${headerText("95% CI")}]`;
  const columns = [
    text("input", (i: TornadoInput) => i.path, { align: "left" }),
    text("model", (i: TornadoInput) => String(i.base), { dropOrder: 1 }),
    text(`−${pct}%`, (i: TornadoInput) => String(i.low)),
    text(delta, (i: TornadoInput) => changeText(effect(i)?.low, def.unit)),
    text(`+${pct}%`, (i: TornadoInput) => String(i.high)),
    text(delta, (i: TornadoInput) => changeText(effect(i)?.high, def.unit)),
  ];
  const title = t("tornado.title", { model: result.model, label: kpiLabel(def), key, pct, replications: result.replications, seed: result.seed });
  return [...wrapTo(title, width), "", ...tableToTextLines({ title: "", columns, rows: result.inputs }, { width, indent: "  ", title: false })].join("\n");
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
