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
import type { LoadWarningFacts, ModelFacts, OverloadFacts, PeakDayFacts, PeakLoadFacts } from "./model-facts.js";
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

/** The catalogue entry of each named peak day. */
const PEAK_DAYS: Readonly<Record<Exclude<PeakDayFacts["kind"], "weekdays">, MessageId>> = {
  recordedDay: "caveat.peakRecordedDay",
  recordedDays: "caveat.peakRecordedDays",
  everyDay: "caveat.peakEveryDay",
  everyWorkingDay: "caveat.peakEveryWorkingDay",
};

/** When a peak falls, in the language in use: English as the check words it, "每个工作日", "周一、周四". */
function peakDayText(w: PeakLoadFacts): string {
  if (!isChinese()) return w.day;
  if (w.when.kind !== "weekdays") return t(PEAK_DAYS[w.when.kind] as "caveat.peakEveryDay");
  return w.when.days.map((d) => t(`weekday.${d}` as "weekday.0")).join("、");
}

function peakText(w: PeakLoadFacts): string {
  return t("caveat.peakOverload", { pool: w.pool, rho: plain(w.rho), day: peakDayText(w), from: w.from, to: w.to });
}

/** The sentence of one load warning in the language in use. */
export function loadWarningText(warning: LoadWarningFacts): string {
  return warning.kind === "overloaded" ? overloadText(warning) : peakText(warning);
}

/** The load caveats of a model (none without facts or warnings). */
export function loadCaveats(facts: ModelFacts | null | undefined): string[] {
  return (facts?.loadWarnings ?? []).map(loadWarningText);
}
