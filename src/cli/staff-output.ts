/**
 * What `procsim staff` prints: the roster, its cost, and per planning interval the analytic
 * and simulated requirement, the staff scheduled, the simulated service level with its 95%
 * interval, occupancy and a flag where the roster binds or misses.
 */
import type { StaffPlan } from "../experiment/staffing/planner.js";
import { clockOf } from "../experiment/staffing/roster.js";
import { renderTable } from "./text-table.js";

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);

/** The interval table of a plan. */
export function formatStaffTable(plan: StaffPlan, evaluated: boolean): string {
  const header = ["interval", "arrivals/h", "load (erl)", "Erlang", "required", "scheduled", "service level [95% CI]", "occupancy", ""];
  const rows = plan.intervals.map((row) => [
    `${clockOf(row.start)}-${clockOf(row.start + plan.width)}`,
    row.arrivalsPerHour.toFixed(1),
    row.offeredLoad.toFixed(2),
    String(row.analyticRequired),
    String(row.required),
    String(row.scheduled),
    `${pct(row.serviceLevel.mean)} [${pct(row.serviceLevel.lo)}, ${pct(row.serviceLevel.hi)}]`,
    pct(row.occupancy.mean),
    row.misses ? "misses" : row.binding ? "binds" : "",
  ]);
  const target = `${pct(plan.target.share)} within ${plan.target.maxWait} min`;
  const title = `${plan.model} — pool ${plan.pool}, target ${target} in every ${plan.width}-minute interval; ${plan.replications} replications, seed ${plan.seed}`;
  const verdict = plan.met
    ? `Every interval meets the target (lower 95% bound ≥ ${pct(plan.target.share)})${evaluated ? "" : ` after ${plan.rounds} round${plan.rounds === 1 ? "" : "s"} of simulation`}.`
    : `${plan.intervals.filter((r) => r.misses).length} interval(s) miss the target (lower 95% bound below ${pct(plan.target.share)})${evaluated ? "" : ` after ${plan.rounds} rounds; raise --rounds or --max-staff`}.`;
  const abandon = plan.abandonment?.mean == null ? "" : `, abandonment ${pct(plan.abandonment.mean)}`;
  const money = evaluated ? `paid hours ${plan.paidHours.toFixed(1)}` : `cost ${plan.cost.toFixed(2)}, paid hours ${plan.paidHours.toFixed(1)}, over-coverage ${plan.overCoverageHours.toFixed(1)} staff-hours${abandon}`;
  const notes = "Erlang = analytic requirement (Erlang C/A on the modified offered load); required = after simulation refinement; binds = no one to spare. Service level by arrival hour.";
  return [title, "", `Roster: ${plan.rosterText || "(nobody)"}`, `${money}${evaluated ? abandon : ""}`, "", renderTable([header, ...rows], ["left", "right", "right", "right", "right", "right", "right", "right", "left"]), "", verdict, notes].join("\n");
}
