/**
 * The headline: what each proposal changes, in plain words, significant changes first.
 *
 * "Mean cycle time falls by 38% (95% CI 33–42%)." "Cases waiting ≤ 30 min rises from 42% to
 * 81% (+39 points, 95% CI 37–41 points)." "No detectable change in throughput." A manager
 * reads these three lines and knows whether to read on.
 *
 * A headline draws conclusions from a dozen KPIs at once, so a change counts only when it
 * survives Holm's step-down correction over all the KPIs the headline compares (family-wise
 * error 5%), and the headline says so in its note. A KPI the same in every replication pair
 * (abandonment 0% in both models) cannot be a change and is left out of the family.
 */
import type { ComparisonResult, KpiDef, KpiDifference } from "../stats/result-types.js";
import { tPValue } from "../stats/ci.js";
import { FAMILY_WISE_ALPHA, holmRejections } from "../stats/holm.js";
import { fixed, formatValue, significantDecimals } from "./format.js";
import { headlineKpis } from "./headline-kpis.js";
import { firstOfBothSides, headlineOrder, type ComparedKpi } from "./headline-order.js";
import { verdictOf, type Verdict } from "./verdict.js";
import { relativeCiOf } from "./relative-ci.js";
import { isThroughputKey, throughputIsTailOnly } from "./throughput-tail.js";
import { shortLabel } from "./specs/kpi-select.js";
import { isChinese, t } from "./i18n/translate.js";

/** One headline sentence with its verdict (for colouring). */
export interface HeadlineSentence {
  readonly key: string;
  readonly text: string;
  readonly verdict: Verdict;
}

/** The headline of one proposal. */
export interface ProposalHeadline {
  readonly proposal: string;
  readonly sentences: readonly HeadlineSentence[];
  /** How significance was judged, e.g. "… Holm's correction over the 9 KPIs compared …"; "" when nothing was tested. */
  readonly note: string;
}

/** At most this many sentences per proposal. */
const MAX_SENTENCES = 6;

/** Most decimals a sentence uses. */
const MAX_SENTENCE_DECIMALS = 3;

/**
 * Decimals for a sentence about an interval [lo, hi] (shares or ratios, shown ×100): one
 * significant digit of its half-width and of the end nearest zero, so "0.4 to 3.6 points"
 * never reads "0 to 4 points".
 */
function sentenceDecimals(lo: number, hi: number): number {
  const nearest = Math.min(Math.abs(lo), Math.abs(hi));
  return Math.min(MAX_SENTENCE_DECIMALS, Math.max(significantDecimals(((hi - lo) / 2) * 100, 1), significantDecimals(nearest * 100, 1)));
}

function lowerFirst(label: string): string {
  return !isChinese() && /^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

const verbOf = (rises: boolean): string => t(rises ? "headline.rises" : "headline.falls");

/**
 * "X rises from 42.0% to 81.0% (+39.0 points, 95% CI 38.1 to 39.9 points)", every number
 * at the decimals the interval supports; "(+39 points in every replication)" when it has no width.
 */
function shareSentence(d: KpiDifference, label: string): string {
  const mean = d.diff.mean ?? 0;
  const verb = verbOf(mean > 0);
  const { lo, hi } = d.diff;
  const decimals = lo === null || hi === null ? 1 : sentenceDecimals(lo, hi);
  const points = (x: number, signed = false) => fixed(x * 100, decimals, signed);
  const change = t("headline.shareFrom", { label, verb, from: formatValue(d.current.mean, "share", decimals), to: formatValue(d.proposed.mean, "share", decimals) });
  if (lo === null || hi === null) return t("headline.sharePoints", { change, points: points(mean, true) });
  if (points(lo) === points(hi)) return t("headline.shareEvery", { change, points: points(mean, true) });
  return t("headline.shareCi", { change, points: points(mean, true), lo: points(lo), hi: points(hi) });
}

function relativeSentence(d: KpiDifference, label: string): string {
  const rel = d.relativeChange ?? 0;
  const verb = verbOf(rel >= 0);
  // A significant change under 9.5% gets at least one decimal, so it never reads "rises by 0%".
  const minimum = Math.abs(rel) < 0.095 ? 1 : 0;
  const ci = relativeCiOf(d);
  if (ci.kind === "unbounded") return t("headline.relativeUnbounded", { label, verb, pct: fixed(Math.abs(rel) * 100, minimum) });
  if (ci.kind === "none") return t("headline.relative", { label, verb, pct: fixed(Math.abs(rel) * 100, minimum) });
  const [a, b] = rel < 0 ? [-ci.hi, -ci.lo] : [ci.lo, ci.hi];
  const show = (x: number) => fixed(Math.abs(x) * 100, Math.max(minimum, sentenceDecimals(a, b)));
  if (show(a) === show(b)) return t("headline.relativeEvery", { label, verb, pct: show(rel) });
  return t("headline.relativeCi", { label, verb, pct: show(rel), lo: show(a), hi: show(b) });
}

function unclearSentence(d: KpiDifference, def: KpiDef): string {
  const label = lowerFirst(shortLabel(def));
  const ci = relativeCiOf(d);
  let interval = "";
  if (ci.kind === "unbounded") interval = t("headline.ciUnbounded");
  else if (ci.kind === "bounded") {
    const decimals = sentenceDecimals(ci.lo, ci.hi);
    const signed = (x: number) => `${fixed(x * 100, decimals, true)}%`;
    if (signed(ci.lo) !== signed(ci.hi)) interval = t("headline.ciRange", { lo: signed(ci.lo), hi: signed(ci.hi) });
  }
  // NOTE: significant on its own (interval excludes 0) but not once the KPIs are judged together.
  if (d.significant) return interval ? t("headline.notHoldingCi", { label, interval }) : t("headline.notHolding", { label });
  return interval ? t("headline.noChangeCi", { label, interval }) : t("headline.noChange", { label });
}

/**
 * The sentence for one paired difference; `holds` = the change survives the multiple-comparison
 * correction (default: significant on its own).
 */
export function sentenceOf(def: KpiDef, d: KpiDifference, holds = d.significant): HeadlineSentence {
  const verdict = verdictOf(def, { ...d, significant: holds });
  let text: string;
  if (!holds) text = unclearSentence(d, def);
  else if (def.unit === "share") text = shareSentence(d, shortLabel(def));
  else text = relativeSentence(d, shortLabel(def));
  return { key: def.key, text, verdict };
}

/**
 * True when every paired difference is exactly 0 (mean and spread 0): the KPI is the same in
 * each replication pair, such as an abandonment share of 0 in both models. It cannot be a
 * finding, so it is not part of the correction's family.
 */
function sameInEveryPair(d: KpiDifference): boolean {
  return d.diff.n >= 2 && d.diff.mean === 0 && d.diff.sd === 0;
}

/** The p-value of a difference from its own method (older results: from its t-interval); null when it is not judged. */
function pValueOf(d: KpiDifference): number | null {
  if (sameInEveryPair(d)) return null;
  return d.pValue !== undefined ? d.pValue : tPValue(d.diff);
}

/**
 * The note on how significance was judged: over how many KPIs, how many the same in every
 * replication pair were left out, and how many changes the correction set aside.
 */
function holmNote(tested: number, same: number, setAside: number): string {
  if (tested === 0) return "";
  const family = tested === 1 ? t("headline.holmFamilyOne") : t("headline.holmFamily", { n: tested });
  const parts = [t("headline.holm", { family, alpha: FAMILY_WISE_ALPHA * 100 })];
  if (same > 0) parts.push(same === 1 ? t("headline.sameOne") : t("headline.same", { n: same }));
  if (setAside > 0) parts.push(setAside === 1 ? t("headline.setAsideOne") : t("headline.setAside", { n: setAside }));
  return parts.join(isChinese() ? "" : " ");
}

/** A compared KPI with its sentence. */
interface Found extends ComparedKpi {
  readonly sentence: HeadlineSentence;
  /** Better or worse on its own (its own interval excludes 0) but not under the correction: set aside. */
  readonly setAside: Verdict;
}

/** Each proposal's compared headline KPIs in headline order (headline-order.ts), and its note. */
function foundByProposal(comparison: ComparisonResult): { proposal: string; found: Found[]; note: string; tested: number }[] {
  const defs = headlineKpis(comparison.current.kpiDefs);
  return comparison.proposals.map((p) => {
    const compared = defs.flatMap((def) => {
      const d = p.differences.find((x) => x.key === def.key);
      return d && d.diff.mean !== null ? [{ def, d }] : [];
    });
    const pValues = compared.map((c) => pValueOf(c.d));
    const holds = holmRejections(pValues);
    const found = compared.map((c, i): Found => {
      const sentence = sentenceOf(c.def, c.d, holds[i]);
      const setAside = c.d.significant && !holds[i] ? verdictOf(c.def, c.d) : "unclear";
      return { def: c.def, difference: c.d, verdict: sentence.verdict, sentence, setAside };
    });
    const setAside = compared.filter((c, i) => c.d.significant && !holds[i]).length;
    const tested = pValues.filter((pv) => pv !== null).length;
    const same = compared.filter((c) => sameInEveryPair(c.d)).length;
    // NOTE: judged with the others (the family is the same), but not reported where throughput only measures the tail.
    const shown = found.some((f) => isThroughputKey(f.def.key)) && throughputIsTailOnly(comparison) ? found.filter((f) => !isThroughputKey(f.def.key)) : found;
    return { proposal: p.name, found: headlineOrder(shown), note: holmNote(tested, same, setAside), tested };
  });
}

/**
 * Plain-word headline per proposal: key KPIs that changed, other changes (better and worse in
 * turn), then "no detectable change" (headline-order.ts). Significance is Holm-corrected over
 * every headline KPI the proposal is compared on.
 */
export function buildHeadline(comparison: ComparisonResult): ProposalHeadline[] {
  return foundByProposal(comparison).map(({ proposal, found, note }) => ({
    proposal,
    sentences: firstOfBothSides(found, MAX_SENTENCES).map((f) => f.sentence),
    note,
  }));
}

/** A change significant on its own that the headline's correction sets aside: the KPI's label and which way it went. */
export interface SetAsideChange {
  readonly label: string;
  readonly verdict: Exclude<Verdict, "unclear">;
}

/** What a decision summary says of one proposal's KPIs (see `headlineFindings`). */
export interface HeadlineFindings {
  /** The changes it leads with. */
  readonly findings: HeadlineSentence[];
  /** Better or worse changes significant on their own that do not hold under the correction. */
  readonly setAside: SetAsideChange[];
  /** How many KPIs the correction spans. */
  readonly family: number;
}

/**
 * Per proposal, the `n` changes a decision summary leads with: changes that hold in headline
 * order, one of the other side among the first three when they all point one way; when none
 * holds, the first "no detectable change" sentences. KPIs in `except` (one the summary words
 * on its own line, such as total cost) are left out of the findings. Also the changes the
 * correction sets aside, from the same judgement.
 */
export function headlineFindings(comparison: ComparisonResult, n: number, except: readonly string[] = []): HeadlineFindings[] {
  return foundByProposal(comparison).map(({ found, tested }) => {
    const shown = found.filter((f) => !except.includes(f.def.key));
    const changes = shown.filter((f) => f.verdict !== "unclear");
    return {
      findings: firstOfBothSides(changes.length ? changes : shown, n).map((f) => f.sentence),
      setAside: found.flatMap((f) => (f.setAside === "unclear" ? [] : [{ label: lowerFirst(shortLabel(f.def)), verdict: f.setAside }])),
      family: tested,
    };
  });
}

/**
 * Per proposal, the keys of the headline KPIs significant on their own that do not hold once
 * the headline's KPIs are judged together: the tables and the "What changes" chart mark
 * them apart ("▲ better (not after Holm)", a hollow point), so they never contradict the summary.
 */
export function setAsideKeys(comparison: ComparisonResult): ReadonlySet<string>[] {
  return foundByProposal(comparison).map(({ found }) => new Set(found.filter((f) => f.setAside !== "unclear").map((f) => f.def.key)));
}
