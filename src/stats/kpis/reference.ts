/**
 * docs/kpis.md, generated from the KPI registry: every KPI with its key pattern, label,
 * unit, better direction and definition in words.
 *
 * A reader who sees `pool/tellers/utilisation` in report.json looks up the "Resource pools"
 * table and reads "Busy staff time divided by available staff time". `procsim kpis --out
 * docs/kpis.md` regenerates the file; a test checks the committed copy is current.
 */
import type { KpiScope, KpiUnit } from "../result-types.js";
import { KPI_FAMILIES } from "./registry.js";

/** Where the generated reference is committed. */
export const KPI_REFERENCE_PATH = "docs/kpis.md";

const KEY_PATTERN: Readonly<Record<KpiScope, string>> = {
  overall: "overall/<metric>",
  class: "class/<class>/<metric>",
  category: "category/<attribute>: <category>/<metric>",
  step: "step/<step>/<metric>",
  pool: "pool/<pool>/<metric>",
  serviceLevel: "serviceLevel/<service level>/<metric>",
};

const UNIT_WORDS: Readonly<Record<KpiUnit, string>> = {
  min: "minutes",
  perHour: "per hour",
  share: "share (0–1)",
  count: "count",
  cases: "cases",
  currency: "currency",
  casesPerStaffHour: "cases per staff hour",
};

const escapeCell = (text: string): string => text.replace(/\|/g, "\\|");

/** The markdown text of docs/kpis.md. */
export function kpiReferenceText(): string {
  const lines = [
    "# KPI reference",
    "",
    "Generated from the KPI registry (`src/stats/kpis/`) by `procsim kpis --out docs/kpis.md`; do not edit by hand.",
    "Every KPI is computed per replication and reported as a mean over replications with its 95% confidence interval.",
    "In labels, {s} stands for the subject: \"all cases\", \"class <name>\", or the step, pool or service-level name.",
    "Unless a definition says otherwise, counts and averages cover the observation window: from the end of warm-up (or, when later, the first moment anything can happen: the calendar's first opening or a pool's first rostered minute) to the end of the replication.",
    "",
    "Little's law and the window: a cycle time is a completed case's whole cycle, the part before the window included (what the customer lived through), while mean cases in process counts only the window. Mean cases in process = throughput per clock hour × mean cycle time therefore holds over a window when the cases carried into it balance those carried out: in a steady state, a window of whole weeks under a weekly calendar. A window of part weeks (30 days from a Monday end on a Wednesday) carries the weekend into the cycles of the cases it starts with but not of those it ends with (account opening: L ÷ λW 0.88–0.98 over 30 days, about 1 over 28), and its per-clock-hour KPIs weigh open hours by the window rather than the week; validation warns of it (partialWeekWindow).",
  ];
  for (const family of KPI_FAMILIES) {
    lines.push("", `## ${family.title}`, "", `Key: \`${KEY_PATTERN[family.scope]}\``, "");
    lines.push("| metric | label | unit | better | definition |", "|---|---|---|---|---|");
    for (const r of family.records) {
      lines.push(`| \`${r.metric}\` | ${escapeCell(r.label)} | ${UNIT_WORDS[r.unit]} | ${r.better} | ${escapeCell(r.definition)} |`);
    }
  }
  return `${lines.join("\n")}\n`;
}
