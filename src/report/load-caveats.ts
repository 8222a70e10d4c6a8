/**
 * The caveats about a model's load, in the report's language: a pool offered more work than
 * it has, over the week or in its worst hour. The terminal prints these as warnings when the
 * model loads; the report says them too, since the manager reads the report.
 *
 * Tellers offered 1.25 times their staff time on Mondays from 12:00 to 13:00 read "Pool
 * "tellers" is offered more work than it has in some hours: ρ = 1.25 on Mon from 12:00 to
 * 13:00 (the worst hour); …" and, in a Chinese report, "资源“tellers”在部分时段承接的工作量超过其能力：…".
 */
import type { LoadWarningFacts, ModelFacts, OverloadFacts, PeakLoadFacts } from "./model-facts.js";
import { isChinese, t } from "./i18n/translate.js";

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

function peakText(w: PeakLoadFacts): string {
  const day = t(`weekday.${w.day}` as "weekday.0");
  return t("caveat.peakOverload", { pool: w.pool, rho: plain(w.rho), day, from: w.from, to: w.to });
}

/** The sentence of one load warning in the language in use. */
export function loadWarningText(warning: LoadWarningFacts): string {
  return warning.kind === "overloaded" ? overloadText(warning) : peakText(warning);
}

/** The load caveats of a model (none without facts or warnings). */
export function loadCaveats(facts: ModelFacts | null | undefined): string[] {
  return (facts?.loadWarnings ?? []).map(loadWarningText);
}
