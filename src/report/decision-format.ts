/**
 * The texts of a decision summary, shared by the HTML report and the terminal: the question,
 * each target's state with the share achieved, and money with its interval.
 *
 * "Does 'RPA data entry' do better than 'Account opening (current)'?"; "met: 97.9%
 * [97.1%, 98.7%]"; "CNY −1,139,000 a year [−1,160,000, −1,118,000]".
 */
import { decimalsFor, fixed, formatDuration, formatMoney } from "./format.js";
import { formatInterval, formatMean } from "./format-kpi.js";
import type { CostPeriods, DecisionSummary, PeriodAmount, TargetState, TargetStatus } from "./decision-summary.js";

/** What was compared, as a question (or what was run). */
export function questionText(summary: DecisionSummary): string {
  if (summary.kind === "run") return `How does "${summary.current}" perform, and does it meet its targets?`;
  const names = summary.proposals.map((p) => `"${p.name}"`);
  const proposals = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
  return `Does ${proposals} do better than "${summary.current}" (today)?`;
}

const STATE_WORD: Record<TargetState, string> = { met: "met", notMet: "not met", unclear: "undecided" };

/** "met", "not met", "undecided" ("–" when not measured). */
export function stateWord(state: TargetState | null): string {
  return state === null ? "–" : STATE_WORD[state];
}

/** "counter wait within 5 min: 80% within 5 min". */
export function targetTitle(t: TargetStatus): string {
  return `${t.name} (target ${fixed(t.target * 100, Number.isInteger(t.target * 100) ? 0 : 1)}% within ${formatDuration(t.maxWait)})`;
}

/** "97.9% [97.1%, 98.7%]": the share achieved with its interval. */
export function achievedText(entry: TargetStatus["models"][number]): string {
  if (!entry.achieved || entry.achieved.mean === null) return "not measured";
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
  return currency ?? "cost units";
}

/** "per working day (Mon–Fri); a year is 260 working days; 22 working days observed". */
export function costBasisText(periods: CostPeriods): string {
  return `Per ${periods.dayName}; a month is a twelfth of a year of ${fixed(periods.daysPerYear, 0)} such days; the run observed ${fixed(periods.daysObserved, periods.daysObserved % 1 ? 1 : 0)}.`;
}
