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
import { t } from "./i18n/translate.js";

/** One assumption: its label and its value in each model (current first). */
export interface AssumptionRow {
  readonly label: string;
  readonly values: readonly string[];
  /** True when a proposal's value differs from the current model's. */
  readonly changed: boolean;
}

const weekday = (i: number): string => t(`weekday.${i}` as "weekday.0");

/** "Mon–Fri", "Mon–Sat", "Mon, Wed, Fri", "every day". */
export function daysText(days: readonly boolean[]): string {
  const open = days.map((d, i) => (d ? i : -1)).filter((i) => i >= 0);
  if (open.length === 7) return t("days.every");
  if (open.length === 0) return t("days.none");
  const contiguous = open[open.length - 1] - open[0] === open.length - 1;
  if (contiguous && open.length > 2) return t("days.range", { from: weekday(open[0]), to: weekday(open[open.length - 1]) });
  return open.map(weekday).join(t("days.separator"));
}

function calendarText(facts: ModelFacts): string {
  const c = facts.calendar;
  if (c.always) return t("assumptions.openAlways");
  return t("assumptions.hours", { days: daysText(c.days), open: clockTime(c.open), close: clockTime(c.close) });
}

/** "per hour" with the currency: "CNY 30/h", "30/h". */
export function hourlyCost(amount: number, currency: string | null): string {
  return t("assumptions.perHourCost", { amount: formatMoney(amount, currency, Number.isInteger(amount) ? 0 : 2) });
}

/** "5 (09:00–11:00), 8 (11:00–14:00)" or "4". */
export function staffingText(pool: PoolFacts): string {
  const windows = pool.shifts.map((s) => t("assumptions.shift", { level: fixed(s.level, 0), from: clockTime(s.from), to: clockTime(s.to) }));
  const level = windows.length ? windows.join(t("decision.listSeparator")) : fixed(pool.capacity, 0);
  return pool.always ? t("assumptions.aroundTheClock", { level }) : level;
}

function poolText(pool: PoolFacts, currency: string | null): string {
  return `${staffingText(pool)} · ${hourlyCost(pool.costPerHour, currency)}`;
}

function rateRange(profile: readonly LevelWindow[]): string {
  const levels = profile.map((w) => w.level).filter((x) => x > 0);
  if (levels.length < 2) return "";
  const [lo, hi] = [Math.min(...levels), Math.max(...levels)];
  return lo === hi ? "" : t("assumptions.rateRange", { lo: fixed(lo, 1), hi: fixed(hi, 1) });
}

function arrivalText(a: ArrivalFacts): string {
  const mean = a.meanRatePerHour === null ? t("assumptions.rateListed") : t("assumptions.rateMean", { rate: fixed(a.meanRatePerHour, a.meanRatePerHour >= 10 ? 1 : 2) });
  return `${mean}${rateRange(a.profile)}${a.patience ? t("assumptions.mayGiveUp") : ""}`;
}

function studyText(facts: ModelFacts): string {
  const horizon = facts.horizon === null ? t("assumptions.untilArrivalsEnd") : formatDuration(facts.horizon);
  return t(facts.study === "terminating" ? "assumptions.terminating" : "assumptions.steady", { horizon });
}

function warmupText(facts: ModelFacts): string {
  return facts.warmup > 0 ? t("assumptions.warmupFirst", { duration: formatDuration(facts.warmup) }) : t("assumptions.warmupNone");
}

const END_OF_DAY = { serve: "assumptions.closingServe", sendAway: "assumptions.closingSendAway", carryOver: "assumptions.closingCarryOver" } as const;

const closingRule = (rule: string): string => (rule in END_OF_DAY ? t(END_OF_DAY[rule as keyof typeof END_OF_DAY]) : rule);

function endOfDayText(facts: ModelFacts): string {
  if (facts.calendar.always) return "—";
  const rules = facts.endOfDayRules.map(closingRule);
  return rules.length ? rules.join(t("assumptions.ruleSeparator")) : t("assumptions.closingNone");
}

function targetText(target: ModelFacts["targets"][number]): string {
  const values = { share: fixed(target.target * 100, Number.isInteger(target.target * 100) ? 0 : 1), wait: formatDuration(target.maxWait) };
  return target.step ? t("assumptions.targetAt", { ...values, step: target.step }) : t("assumptions.targetTotal", values);
}

/** Label → value of one model, in display order. */
/** "16 shared; business calls 4 of their own". */
function linesText(lines: NonNullable<ModelFacts["lines"]>): string {
  const own = lines.bySource.map((s) => t("assumptions.linesOwn", { name: s.name, n: fixed(s.lines, 0) }));
  return [...(lines.shared === null ? [] : [t("assumptions.linesShared", { n: fixed(lines.shared, 0) })]), ...own].join(t("assumptions.ruleSeparator"));
}

function factRows(facts: ModelFacts): Map<string, string> {
  const rows = new Map<string, string>();
  rows.set(t("assumptions.rowPeriod"), studyText(facts));
  rows.set(t("assumptions.rowWarmup"), warmupText(facts));
  rows.set(t("assumptions.rowHours"), calendarText(facts));
  rows.set(t("assumptions.rowClosing"), endOfDayText(facts));
  for (const a of facts.arrivals) rows.set(t("assumptions.rowArrivals", { name: a.name }), arrivalText(a));
  for (const p of facts.pools) rows.set(t("assumptions.rowStaff", { name: p.name }), poolText(p, facts.currency));
  if (facts.lines) rows.set(t("assumptions.rowLines"), linesText(facts.lines));
  if (facts.fixedCostPerDay > 0) rows.set(t("assumptions.rowFixedCost"), formatMoney(facts.fixedCostPerDay, facts.currency));
  for (const target of facts.targets) rows.set(t("assumptions.rowTarget", { name: target.name }), targetText(target));
  rows.set(t("assumptions.rowSteps"), String(facts.steps.length));
  for (const s of facts.steps) if (s.batch !== undefined) rows.set(t("assumptions.rowBatches", { name: s.name }), s.batch);
  rows.set(t("assumptions.rowReplications"), t("assumptions.replicationsValue", { n: fixed(facts.replications, 0), seed: facts.seed }));
  rows.set(t("assumptions.rowMoney"), facts.currency ?? t("assumptions.noCurrency"));
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
