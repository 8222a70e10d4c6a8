/**
 * The caveats about a model's load, in the report's language: a pool offered more work than
 * it has, over the week or in its worst hour. The terminal prints these as warnings when the
 * model loads; the report says them too, since the manager reads the report.
 *
 * Tellers offered 1.25 times their staff time on a replayed day from 12:00 to 13:00 read
 * "Pool "tellers" is offered more work than it has in some hours: ρ = 1.25 on the recorded
 * day from 12:00 to 13:00 (the worst hour); …" and, in a Chinese report, "资源“tellers”在部分
 * 时段承接的工作量超过其能力：最繁忙的时段为记录日 12:00–13:00，…".
 */
import type { LoadWarningFacts, ModelFacts, OverloadFacts, PeakLoadFacts } from "./model-facts.js";
import { isChinese, t, type MessageId } from "./i18n/translate.js";

/** A number as the model's warnings write it (at most six significant digits, no grouping). */
const plain = (x: number): string => String(Number(x.toPrecision(6)));

function overloadText(w: OverloadFacts): string {
  return t("caveat.overloaded", {
    pool: w.pool,
    workHours: plain(w.workHours),
    capacityHours: plain(w.capacityHours),
    rho: plain(w.rho),
    growth: w.steadyState ? t("caveat.overloadedSteady") : t("caveat.overloadedGrows"),
    relief: w.patience ? t("caveat.overloadedRelief") : "",
    steps: w.steps.join(isChinese() ? "、" : ", "),
    others: w.otherSteps > 0 ? t("caveat.overloadedOthers", { n: w.steps.length + w.otherSteps }) : "",
  });
}

/** The words of the peak-load check for when a peak falls (`model/checks/peak-days.ts`). */
const PEAK_DAYS: Readonly<Record<string, MessageId>> = {
  "the recorded day": "caveat.peakRecordedDay",
  "each recorded day, on average": "caveat.peakRecordedDays",
  "every day": "caveat.peakEveryDay",
  "every working day": "caveat.peakEveryWorkingDay",
};
const WEEKDAY_CODES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** When a peak falls, in the language in use ("mon, thu" → "周一、周四"); English as the check words it. */
function peakDayText(day: string): string {
  if (!isChinese()) return day;
  if (day in PEAK_DAYS) return t(PEAK_DAYS[day] as "caveat.peakEveryDay");
  const codes = day.split(", ").map((code) => WEEKDAY_CODES.indexOf(code));
  return codes.every((i) => i >= 0) ? codes.map((i) => t(`weekday.${i}` as "weekday.0")).join("、") : day;
}

function peakText(w: PeakLoadFacts): string {
  return t("caveat.peakOverload", { pool: w.pool, rho: plain(w.rho), day: peakDayText(w.day), from: w.from, to: w.to });
}

/** The sentence of one load warning in the language in use. */
export function loadWarningText(warning: LoadWarningFacts): string {
  return warning.kind === "overloaded" ? overloadText(warning) : peakText(warning);
}

/** The load caveats of a model (none without facts or warnings). */
export function loadCaveats(facts: ModelFacts | null | undefined): string[] {
  return (facts?.loadWarnings ?? []).map(loadWarningText);
}
