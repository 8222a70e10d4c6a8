/**
 * The texts of a decision summary, shared by the HTML report and the terminal: the question,
 * each target with the share achieved (its state's word is in target-state.ts), and money
 * with its interval.
 *
 * "Does 'RPA data entry' do better than 'Account opening (current)'?"; "met: 97.9%
 * [97.1%, 98.7%]"; "CNY −1,139,000 a year [−1,160,000, −1,118,000]".
 */
import { decimalsFor, fixed, formatDuration, formatMoney } from "./format.js";
import { formatInterval, formatMean } from "./format-kpi.js";
import type { CostPeriods, DecisionSummary, PeriodAmount, TargetStatus } from "./decision-summary.js";
import { t } from "./i18n/translate.js";

/** What was compared, as a question (or what was run). */
export function questionText(summary: DecisionSummary): string {
  if (summary.kind === "run") return t("decision.questionRun", { model: summary.current });
  const names = summary.proposals.map((p) => t("decision.quoted", { name: p.name }));
  const list = names.slice(0, -1).join(t("decision.listSeparator"));
  const proposals = names.length === 1 ? names[0] : t("decision.orList", { list, last: names[names.length - 1] });
  return t("decision.questionCompare", { proposals, current: summary.current });
}

/** "counter wait within 5 min: 80% within 5 min". */
export function targetTitle(target: TargetStatus): string {
  return t("decision.targetTitle", { name: target.name, share: fixed(target.target * 100, Number.isInteger(target.target * 100) ? 0 : 1), wait: formatDuration(target.maxWait) });
}

/** "97.9% [97.1%, 98.7%]": the share achieved with its interval. */
export function achievedText(entry: TargetStatus["models"][number]): string {
  if (!entry.achieved || entry.achieved.mean === null) return t("decision.notMeasured");
  const interval = formatInterval(entry.achieved, "share");
  const mean = formatMean(entry.achieved, "share");
  return interval && interval !== mean ? `${mean} ${interval}` : mean;
}

/** Decimals for money: none for amounts in the hundreds or more, else from the interval. */
function moneyDecimals(amount: PeriodAmount): number {
  if (Math.abs(amount.mean) >= 100) return 0;
  const half = amount.lo !== null && amount.hi !== null ? (amount.hi - amount.lo) / 2 : null;
  return Math.min(2, decimalsFor(half, amount.mean));
}

/** "CNY 15,634 [15,310, 15,958]": an amount with its 95% interval; one value when the ends agree. */
export function moneyText(amount: PeriodAmount, currency: string | null, signed = false): string {
  const decimals = moneyDecimals(amount);
  const mean = formatMoney(amount.mean, currency, decimals, signed);
  if (amount.lo === null || amount.hi === null) return mean;
  const [lo, hi] = [formatMoney(amount.lo, currency, decimals, signed), formatMoney(amount.hi, currency, decimals, signed)];
  return lo === hi ? mean : `${mean} [${lo}, ${hi}]`;
}

/** The unit amounts are in: the currency code, or "cost units". */
export function moneyUnit(currency: string | null): string {
  return currency ?? t("decision.costUnits");
}

/** "per working day (Mon–Fri); a year is 260 working days; 22 working days observed". */
export function costBasisText(periods: CostPeriods): string {
  return t("decision.costBasis", { day: periods.dayName, days: fixed(periods.daysPerYear, 0), observed: fixed(periods.daysObserved, periods.daysObserved % 1 ? 1 : 0) });
}
