/**
 * Which changes a headline leads with, and in what order, so that neither good nor bad news
 * is crowded out by the other.
 *
 * The call centre's callback proposal (a callback team, eight more trunk lines) makes waits
 * longer and the 30-second service level slightly lower — four key KPIs, all worse — but cuts
 * the share of callers who get a busy signal from 3.9% to 0.75%, which is what it is for. A
 * headline of key KPIs first, then bad news, never reached that. Here: key KPIs that changed
 * lead (cycle time, wait, service levels, cost per case, throughput); the other changes
 * follow strongest first — shares (per-case rates) before counts, then the larger relative
 * change — alternating between better and worse, starting with the side the key KPIs showed
 * less of; changes that do not hold come last. A list cut to its first few keeps one change
 * of the other side when there is one (third, so a three-line summary still shows it).
 */
import type { KpiDef, KpiDifference } from "../stats/result-types.js";
import { isKeyKpi } from "./headline-kpis.js";
import type { Verdict } from "./verdict.js";

/** A headline KPI compared, with its paired difference and its verdict. */
export interface ComparedKpi {
  readonly def: KpiDef;
  readonly difference: KpiDifference;
  readonly verdict: Verdict;
}

/** Where a change of the other side goes in a list cut short: third (or last, if shorter). */
const OTHER_SIDE_AT = 2;

const changed = (c: ComparedKpi): boolean => c.verdict !== "unclear";

/** Shares before counts and times, then the larger relative change; stable, so ties keep model order. */
function strongerFirst(a: ComparedKpi, b: ComparedKpi): number {
  const rateFirst = (c: ComparedKpi) => (c.def.unit === "share" ? 0 : 1);
  const size = (c: ComparedKpi) => Math.abs(c.difference.relativeChange ?? 0);
  return rateFirst(a) - rateFirst(b) || size(b) - size(a);
}

/** `better` and `worse` taken in turn, starting with `first`; the rest of the longer one at the end. */
function alternate<T>(first: readonly T[], second: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(first.length, second.length); i++) {
    if (i < first.length) out.push(first[i]);
    if (i < second.length) out.push(second[i]);
  }
  return out;
}

/** The headline order of the compared KPIs (given in headline-KPI order); see the module comment. */
export function headlineOrder<T extends ComparedKpi>(compared: readonly T[]): T[] {
  const keys = compared.filter((c) => changed(c) && isKeyKpi(c.def));
  const others = compared.filter((c) => changed(c) && !isKeyKpi(c.def));
  const side = (verdict: Verdict) => others.filter((c) => c.verdict === verdict).sort(strongerFirst);
  const keysWorse = keys.filter((c) => c.verdict === "worse").length;
  // NOTE: on a tie, bad news first.
  const betterFirst = keys.length - keysWorse < keysWorse;
  const rest = betterFirst ? alternate(side("better"), side("worse")) : alternate(side("worse"), side("better"));
  return [...keys, ...rest, ...compared.filter((c) => !changed(c))];
}

/**
 * The first `n` of a headline-ordered list; when the changes among them all point one way and
 * a change the other way exists further on, the strongest of those takes the third place.
 */
export function firstOfBothSides<T extends ComparedKpi>(ordered: readonly T[], n: number): T[] {
  const head = ordered.slice(0, n);
  const shown = head.filter(changed);
  if (shown.length === 0 || shown.some((c) => c.verdict !== shown[0].verdict)) return head;
  const other = ordered.filter((c) => changed(c) && c.verdict !== shown[0].verdict).sort(strongerFirst)[0];
  if (other === undefined) return head;
  const at = Math.min(OTHER_SIDE_AT, n - 1);
  return [...head.slice(0, at), other, ...head.slice(at, n - 1)];
}
