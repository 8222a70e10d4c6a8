/**
 * The assumptions of a report in words, from the models' facts: horizon, calendar, arrival
 * rates, staffing, targets, replications, warm-up and seed, one row each, with a column per
 * model so a proposal's changed inputs stand out.
 *
 * Branch counter vs two more tellers over lunch: the row "Tellers" reads "5 (09:00–11:00),
 * 8 (11:00–14:00), 5 (14:00–17:00) · 30 /h" today and "… 10 (11:00–14:00) …" proposed,
 * marked as changed; every other row is the same in both.
 */
import { clockTime, fixed, formatDuration, formatMoney } from "./format.js";
import type { ArrivalFacts, LevelWindow, ModelFacts, PoolFacts } from "./model-facts.js";

/** One assumption: its label and its value in each model (current first). */
export interface AssumptionRow {
  readonly label: string;
  readonly values: readonly string[];
  /** True when a proposal's value differs from the current model's. */
  readonly changed: boolean;
}

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** "Mon–Fri", "Mon–Sat", "Mon, Wed, Fri", "every day". */
export function daysText(days: readonly boolean[]): string {
  const open = days.map((d, i) => (d ? i : -1)).filter((i) => i >= 0);
  if (open.length === 7) return "every day";
  if (open.length === 0) return "no day";
  const contiguous = open[open.length - 1] - open[0] === open.length - 1;
  if (contiguous && open.length > 2) return `${WEEKDAYS[open[0]]}–${WEEKDAYS[open[open.length - 1]]}`;
  return open.map((i) => WEEKDAYS[i]).join(", ");
}

function calendarText(facts: ModelFacts): string {
  const c = facts.calendar;
  if (c.always) return "open 24 hours, every day";
  return `${daysText(c.days)} ${clockTime(c.open)}–${clockTime(c.close)}`;
}

/** "per hour" with the currency: "CNY 30/h", "30/h". */
export function hourlyCost(amount: number, currency: string | null): string {
  return `${formatMoney(amount, currency, Number.isInteger(amount) ? 0 : 2)}/h`;
}

/** "5 (09:00–11:00), 8 (11:00–14:00)" or "4". */
export function staffingText(pool: PoolFacts): string {
  const windows = pool.shifts.map((s) => `${fixed(s.level, 0)} (${clockTime(s.from)}–${clockTime(s.to)})`);
  const level = windows.length ? windows.join(", ") : fixed(pool.capacity, 0);
  return pool.always ? `${level}, around the clock` : level;
}

function poolText(pool: PoolFacts, currency: string | null): string {
  return `${staffingText(pool)} · ${hourlyCost(pool.costPerHour, currency)}`;
}

function rateRange(profile: readonly LevelWindow[]): string {
  const levels = profile.map((w) => w.level).filter((x) => x > 0);
  if (levels.length < 2) return "";
  const [lo, hi] = [Math.min(...levels), Math.max(...levels)];
  return lo === hi ? "" : `, ${fixed(lo, 1)}–${fixed(hi, 1)} /h by time of day`;
}

function arrivalText(a: ArrivalFacts): string {
  const mean = a.meanRatePerHour === null ? "rate as listed in the model" : `${fixed(a.meanRatePerHour, a.meanRatePerHour >= 10 ? 1 : 2)} /h on average`;
  return `${mean}${rateRange(a.profile)}${a.patience ? "; may give up waiting" : ""}`;
}

function studyText(facts: ModelFacts): string {
  const horizon = facts.horizon === null ? "until the arrivals end" : formatDuration(facts.horizon);
  return facts.study === "terminating" ? `${horizon}, starting empty; cases still inside at the end are finished` : `${horizon} of steady operation`;
}

function warmupText(facts: ModelFacts): string {
  return facts.warmup > 0 ? `first ${formatDuration(facts.warmup)} not counted` : "none (counted from the start)";
}

const END_OF_DAY: Record<string, string> = {
  serve: "cases in line at closing are served (overtime)",
  sendAway: "cases in line at closing are sent away",
  carryOver: "cases in line at closing wait for the next opening",
};

function endOfDayText(facts: ModelFacts): string {
  if (facts.calendar.always) return "—";
  const rules = facts.endOfDayRules.map((r) => END_OF_DAY[r] ?? r);
  return rules.length ? rules.join("; ") : "none declared: cases in line at closing wait for the next opening";
}

function targetText(t: ModelFacts["targets"][number]): string {
  return `${fixed(t.target * 100, Number.isInteger(t.target * 100) ? 0 : 1)}% wait ≤ ${formatDuration(t.maxWait)}${t.step ? ` at ${t.step}` : " in total"}`;
}

/** Label → value of one model, in display order. */
/** "16 shared; business calls 4 of their own". */
function linesText(lines: NonNullable<ModelFacts["lines"]>): string {
  const own = lines.bySource.map((s) => `${s.name} ${fixed(s.lines, 0)} of their own`);
  return [...(lines.shared === null ? [] : [`${fixed(lines.shared, 0)} shared`]), ...own].join("; ");
}

function factRows(facts: ModelFacts): Map<string, string> {
  const rows = new Map<string, string>();
  rows.set("Simulated period", studyText(facts));
  rows.set("Warm-up", warmupText(facts));
  rows.set("Opening hours", calendarText(facts));
  rows.set("At closing", endOfDayText(facts));
  for (const a of facts.arrivals) rows.set(`Arrivals: ${a.name}`, arrivalText(a));
  for (const p of facts.pools) rows.set(`Staff: ${p.name}`, poolText(p, facts.currency));
  if (facts.lines) rows.set("Trunk lines", linesText(facts.lines));
  if (facts.fixedCostPerDay > 0) rows.set("Fixed cost per day", formatMoney(facts.fixedCostPerDay, facts.currency));
  for (const t of facts.targets) rows.set(`Target: ${t.name}`, targetText(t));
  rows.set("Steps", String(facts.steps.length));
  rows.set("Replications", `${fixed(facts.replications, 0)} (seed ${facts.seed})`);
  rows.set("Money", facts.currency ?? "cost units (no currency named in the model)");
  return rows;
}

/**
 * The assumption rows of one or more models (current first), every label any model has;
 * "—" where a model lacks it (a pool the proposal adds).
 */
export function assumptionRows(models: readonly ModelFacts[]): AssumptionRow[] {
  const maps = models.map(factRows);
  const labels = [...new Set(maps.flatMap((m) => [...m.keys()]))];
  return labels.map((label) => {
    const values = maps.map((m) => m.get(label) ?? "—");
    return { label, values, changed: values.some((v) => v !== values[0]) };
  });
}
