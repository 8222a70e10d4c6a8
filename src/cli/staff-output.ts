/**
 * What `procsim staff` prints: the roster, its cost, and per planning interval the analytic
 * and simulated requirement, the staff scheduled, the simulated service level with its 95%
 * interval, occupancy and a flag where the roster binds or misses.
 */
import type { StaffInterval, StaffPlan } from "../experiment/staffing/planner.js";
import { clockOf } from "../experiment/staffing/roster.js";
import { fixed, formatValue } from "../report/format.js";
import type { Column } from "../report/tables.js";
import { tableToTextLines, wrapTo } from "../report/table-text.js";
import { terminalWidth } from "./terminal.js";

const pct = (x: number | null) => formatValue(x, "share", 1);

function column(header: string, show: (row: StaffInterval) => string, align: "left" | "right" = "right", dropOrder = 0): Column<StaffInterval> {
  return { header, align, raw: show, text: show, dropOrder };
}

function verdictOf(plan: StaffPlan, evaluated: boolean): string {
  const misses = plan.intervals.filter((r) => r.misses).length;
  const rounds = evaluated ? "" : ` after ${plan.rounds} round${plan.rounds === 1 ? "" : "s"} of simulation`;
  return misses === 0
    ? `Every interval meets the target (lower 95% bound ≥ ${pct(plan.target.share)})${rounds}.`
    : `${misses} interval(s) miss the target (lower 95% bound below ${pct(plan.target.share)})${rounds}${evaluated ? "" : "; raise --rounds or --max-staff"}.`;
}

/** The interval table of a plan, at most `width` columns wide. */
export function formatStaffTable(plan: StaffPlan, evaluated: boolean, width = terminalWidth()): string {
  const columns = [
    column("interval", (row) => `${clockOf(row.start)}-${clockOf(row.start + plan.width)}`, "left"),
    column("arrivals/h", (row) => fixed(row.arrivalsPerHour, 1), "right", 2),
    column("load (erl)", (row) => fixed(row.offeredLoad, 2), "right", 1),
    column("Erlang", (row) => String(row.analyticRequired)),
    column("required", (row) => String(row.required)),
    column("scheduled", (row) => String(row.scheduled)),
    column("service level [95% CI]", (row) => `${pct(row.serviceLevel.mean)} [${pct(row.serviceLevel.lo)}, ${pct(row.serviceLevel.hi)}]`),
    column("occupancy", (row) => pct(row.occupancy.mean)),
    column("status", (row) => (row.misses ? "misses" : row.binding ? "binds" : ""), "left"),
  ];
  const target = `${pct(plan.target.share)} within ${plan.target.maxWait} min`;
  const title = `${plan.model} — pool ${plan.pool}, target ${target} in every ${plan.width}-minute interval; ${plan.replications} replications, seed ${plan.seed}`;
  const abandon = plan.abandonment?.mean == null ? "" : `, abandonment ${pct(plan.abandonment.mean)}`;
  const money = evaluated ? `paid hours ${fixed(plan.paidHours, 1)}${abandon}` : `cost ${fixed(plan.cost, 2)}, paid hours ${fixed(plan.paidHours, 1)}, over-coverage ${fixed(plan.overCoverageHours, 1)} staff-hours${abandon}`;
  const notes = "Erlang = analytic requirement (Erlang C/A on the modified offered load); required = after simulation refinement; binds = no one to spare. Service level of the cases arriving in each interval.";
  const table = tableToTextLines({ title: "", columns, rows: plan.intervals }, { width, indent: "  ", title: false });
  return [...wrapTo(title, width), "", ...wrapTo(`Roster: ${(plan.rosterText || "(nobody)").replace(/,/g, ", ")}`, width), ...wrapTo(money, width), "", ...table, "", ...wrapTo(verdictOf(plan, evaluated), width), ...wrapTo(notes, width)].join("\n");
}
