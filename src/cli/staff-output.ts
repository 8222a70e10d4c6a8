/**
 * What `procsim staff` prints: the roster, its cost, and per planning interval the analytic
 * and simulated requirement, the staff scheduled, the simulated service level with its 95%
 * interval, occupancy and a flag where the roster binds or misses.
 */
import type { StaffInterval, StaffPlan } from "../experiment/staffing/planner.js";
import { clockOf } from "../experiment/staffing/roster.js";
import { fixed, formatDuration, formatValue } from "../report/format.js";
import type { Column } from "../report/tables.js";
import { tableToTextLines, wrapTo } from "../report/table-text.js";
import { terminalWidth } from "./terminal.js";
import { t } from "../report/i18n/translate.js";

const pct = (x: number | null) => formatValue(x, "share", 1);

function column(header: string, show: (row: StaffInterval) => string, align: "left" | "right" = "right", dropOrder = 0): Column<StaffInterval> {
  return { header, align, raw: show, text: show, dropOrder };
}

function intervalText(plan: StaffPlan, row: StaffInterval): string {
  return `${clockOf(row.start)}-${clockOf(row.start + plan.width)}`;
}

function verdictOf(plan: StaffPlan, evaluated: boolean): string {
  const misses = plan.intervals.filter((r) => r.misses && !r.beyondStaffing).length;
  const beyond = plan.intervals.filter((r) => r.beyondStaffing);
  const rounds = evaluated ? "" : plan.rounds === 1 ? t("staff.afterRound") : t("staff.afterRounds", { rounds: plan.rounds });
  const share = pct(plan.target.share);
  const verdicts = misses === 0 && beyond.length === 0 ? [t("staff.allMeet", { share, rounds })] : [];
  if (misses > 0) verdicts.push(t("staff.someMiss", { misses, share, rounds, hint: evaluated ? "" : t("staff.raiseHint") }));
  const intervals = beyond.map((row) => intervalText(plan, row)).join(", ");
  if (beyond.length > 0) verdicts.push(t("staff.beyondVerdict", { count: beyond.length, intervals, pool: plan.pool }));
  const overloaded = plan.overloaded.map((start) => `${clockOf(start)}-${clockOf(start + plan.width)}`);
  if (overloaded.length > 0) verdicts.push(t("staff.overloaded", { count: overloaded.length, intervals: overloaded.join(", "), pool: plan.pool }));
  const held = (plan.stability?.held ?? []).map((start) => `${clockOf(start)}-${clockOf(start + plan.width)}`);
  if (held.length > 0) verdicts.push(t("staff.stabilityVerdict", { count: held.length, intervals: held.join(", "), pool: plan.pool, classes: (plan.stability?.classes ?? []).join(", ") }));
  const untried = plan.untried.map((start) => `${clockOf(start)}-${clockOf(start + plan.width)}`);
  if (untried.length > 0) verdicts.push(t("staff.roundLimit", { rounds: plan.rounds, count: untried.length, intervals: untried.join(", ") }));
  return verdicts.join(" ");
}

/** A count per closing with its interval ("3.6 [3.4, 3.7]"), or null when (next to) none. */
function perClosing(count: StaffPlan["carriedOver"]): string | null {
  if (count === null || count.mean === null || count.mean < 0.05) return null;
  // A count is never negative: its interval is cut at 0.
  const ci = count.lo === null || count.hi === null ? "" : ` [${fixed(Math.max(0, count.lo), 1)}, ${fixed(count.hi, 1)}]`;
  return `${fixed(count.mean, 1)}${ci}`;
}

/** The cases the intervals leave out: carried over a closing at the staffed step, or sent home and coming back; "" when (next to) none. */
function carriedOverNote(plan: StaffPlan): string {
  if (plan.step === null) return "";
  const carried = perClosing(plan.carriedOver);
  const cameBack = perClosing(plan.cameBack);
  return [
    ...(carried === null ? [] : [t("staff.carriedOver", { cases: carried, step: plan.step })]),
    ...(cameBack === null ? [] : [t("staff.cameBack", { cases: cameBack, step: plan.step })]),
  ].join(" ");
}

/** The interval table of a plan, at most `width` columns wide. */
export function formatStaffTable(plan: StaffPlan, evaluated: boolean, width = terminalWidth()): string {
  const columns = [
    column("interval", (row) => intervalText(plan, row), "left"),
    column("arrivals/h", (row) => fixed(row.arrivalsPerHour, 1), "right", 2),
    column("load (erl)", (row) => fixed(row.offeredLoad, 2), "right", 1),
    column("Erlang", (row) => String(row.analyticRequired)),
    // A scored roster was never searched: it has no simulated requirement.
    ...(evaluated ? [] : [column("required", (row) => (row.required === null ? "—" : String(row.required)))]),
    column("scheduled", (row) => String(row.scheduled)),
    column("service level [95% CI]", (row) => `${pct(row.serviceLevel.mean)} [${pct(row.serviceLevel.lo)}, ${pct(row.serviceLevel.hi)}]`),
    column("occupancy", (row) => pct(row.occupancy.mean)),
    column("status", (row) => (row.beyondStaffing ? t("staff.beyond") : row.misses ? t("staff.misses") : plan.stability?.held.includes(row.start) ? t("staff.stable") : row.binding ? t("staff.binds") : ""), "left"),
  ];
  const measured = { share: pct(plan.target.share), maxWait: formatDuration(plan.target.maxWait) };
  const cls = plan.target.class ?? null;
  const target = cls === null ? t("staff.target", measured) : t("staff.targetOfClass", { ...measured, class: cls });
  const title = t("staff.title", { model: plan.model, pool: plan.pool, target, width: plan.width, replications: plan.replications, seed: plan.seed });
  const abandon = plan.abandonment?.mean == null ? "" : t("staff.abandonment", { share: pct(plan.abandonment.mean) });
  const hours = fixed(plan.paidHours, 1);
  const overtime = fixed(plan.overtimeCost?.mean ?? 0, 2);
  const money = evaluated ? t("staff.paidHours", { hours, abandon }) : t("staff.money", { cost: fixed(plan.cost, 2), roster: fixed(plan.rosterCost, 2), overtime, hours, over: fixed(plan.overCoverageHours, 1), abandon });
  const roster = t("staff.roster", { roster: (plan.rosterText || t("staff.nobody")).replace(/,/g, ", ") });
  const table = tableToTextLines({ title: "", columns, rows: plan.intervals }, { width, indent: "  ", title: false });
  const carried = carriedOverNote(plan);
  return [...wrapTo(title, width), "", ...wrapTo(roster, width), ...wrapTo(money, width), "", ...table, "", ...wrapTo(verdictOf(plan, evaluated), width), ...(carried === "" ? [] : wrapTo(carried, width)), ...wrapTo(t(evaluated ? "staff.notesEvaluated" : "staff.notes"), width)].join("\n");
}
