/**
 * The headline: what each proposal changes, in plain words, significant changes first.
 *
 * "Mean cycle time falls by 38% (95% CI 33–42%)." "Cases waiting ≤ 30 min rises from 42% to
 * 81% (+39 points, 95% CI 37–41 points)." "No detectable change in throughput." A manager
 * reads these three lines and knows whether to read on.
 *
 * A headline draws conclusions from a dozen KPIs at once, so a change counts only when it
 * survives Holm's step-down correction over all the KPIs the headline compares (family-wise
 * error 5%), and the headline says so in its note.
 */
import type { ComparisonResult, KpiDef, KpiDifference } from "../stats/result-types.js";
import { tPValue } from "../stats/ci.js";
import { FAMILY_WISE_ALPHA, holmRejections } from "../stats/holm.js";
import { fixed, formatValue } from "./format.js";
import { verdictOf, type Verdict } from "./specs/kpi-differences.js";
import { METRIC_ROLES, isHeadlineMetric, shortLabel } from "./specs/kpi-select.js";

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

const pct = (x: number) => fixed(Math.abs(x) * 100, 0);

function lowerFirst(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

function shareSentence(def: KpiDifference, label: string): string {
  const { current, proposed, diff } = def;
  const verb = (diff.mean ?? 0) > 0 ? "rises" : "falls";
  const points = (x: number | null) => (x === null ? "?" : fixed(x * 100, 0));
  const interval = diff.lo === null || diff.hi === null ? "" : `, 95% CI ${points(diff.lo)} to ${points(diff.hi)} points`;
  return `${label} ${verb} from ${formatValue(current.mean, "share")} to ${formatValue(proposed.mean, "share")} (${(diff.mean ?? 0) > 0 ? "+" : ""}${points(diff.mean)} points${interval}).`;
}

function relativeSentence(d: KpiDifference, label: string): string {
  const base = Math.abs(d.current.mean ?? 0);
  const rel = d.relativeChange ?? 0;
  const verb = rel < 0 ? "falls" : "rises";
  // NOTE: a significant change under 9.5% gets one decimal, so it never reads "rises by 0%".
  const show = (x: number) => fixed(Math.abs(x) * 100, Math.abs(rel) < 0.095 ? 1 : 0);
  if (!base || d.diff.lo === null || d.diff.hi === null) return `${label} ${verb} by ${show(rel)}%.`;
  const [a, b] = rel < 0 ? [-d.diff.hi / base, -d.diff.lo / base] : [d.diff.lo / base, d.diff.hi / base];
  return `${label} ${verb} by ${show(rel)}% (95% CI ${show(a)}–${show(b)}%).`;
}

function unclearSentence(d: KpiDifference, def: KpiDef): string {
  const base = Math.abs(d.current.mean ?? 0);
  if (!base || d.diff.lo === null || d.diff.hi === null) return `No detectable change in ${lowerFirst(shortLabel(def))}.`;
  const signed = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : ""}${pct(x)}%`;
  const interval = `95% CI ${signed(d.diff.lo / base)} to ${signed(d.diff.hi / base)}`;
  // NOTE: significant on its own (interval excludes 0) but not once the KPIs are judged together.
  if (d.significant) return `No change in ${lowerFirst(shortLabel(def))} that holds once all headline KPIs are judged together (on its own: ${interval}).`;
  return `No detectable change in ${lowerFirst(shortLabel(def))} (${interval}).`;
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

/** The KPIs a manager asks about first, in order; other headline KPIs follow in model order. */
const FIRST: readonly ((d: KpiDef) => boolean)[] = [
  (d) => d.scope === "overall" && METRIC_ROLES.cycleTime.test(d.metric),
  (d) => d.scope === "overall" && METRIC_ROLES.waitTime.test(d.metric),
  (d) => d.scope === "serviceLevel",
  (d) => d.scope === "overall" && METRIC_ROLES.costPerCase.test(d.metric),
  (d) => d.scope === "overall" && METRIC_ROLES.throughput.test(d.metric),
];

function priorityOf(def: KpiDef): number {
  const index = FIRST.findIndex((test) => test(def));
  return index < 0 ? FIRST.length : index;
}

/** Headline KPIs: overall and service-level KPIs that have a better direction, by priority. */
function headlineDefs(comparison: ComparisonResult): KpiDef[] {
  const defs = comparison.current.kpiDefs.filter((d) => (d.scope === "overall" || d.scope === "serviceLevel") && d.better !== "neither" && isHeadlineMetric(d));
  return defs.map((def, i) => ({ def, i })).sort((a, b) => priorityOf(a.def) - priorityOf(b.def) || a.i - b.i).map((x) => x.def);
}

/** The p-value of a difference from its own method (older results: from its t-interval). */
function pValueOf(d: KpiDifference): number | null {
  return d.pValue !== undefined ? d.pValue : tPValue(d.diff);
}

/** The note on how significance was judged, with how many changes the correction set aside. */
function holmNote(tested: number, setAside: number): string {
  if (tested === 0) return "";
  const family = `${tested} KPI${tested === 1 ? "" : "s"}`;
  const base = `A change is called significant only if it holds under Holm's step-down correction over the ${family} this headline compares (at most a ${FAMILY_WISE_ALPHA * 100}% chance of any false change among them); intervals shown are 95% for each KPI on its own.`;
  if (setAside === 0) return base;
  return `${base} ${setAside} change${setAside === 1 ? " that is" : "s that are"} significant on ${setAside === 1 ? "its" : "their"} own ${setAside === 1 ? "does" : "do"} not hold under it.`;
}

/**
 * Plain-word headline per proposal: significant changes first, then "no detectable change".
 * Significance is Holm-corrected over every headline KPI the proposal is compared on.
 */
export function buildHeadline(comparison: ComparisonResult): ProposalHeadline[] {
  const defs = headlineDefs(comparison);
  return comparison.proposals.map((p) => {
    const compared = defs.flatMap((def) => {
      const d = p.differences.find((x) => x.key === def.key);
      return d && d.diff.mean !== null ? [{ def, d }] : [];
    });
    const pValues = compared.map((c) => pValueOf(c.d));
    const holds = holmRejections(pValues);
    const found = compared.map((c, i) => ({ def: c.def, sentence: sentenceOf(c.def, c.d, holds[i]) }));
    const sentences = found.map((f) => f.sentence);
    // Key KPIs that changed, then any bad news, then other changes, then "no detectable change".
    const rank = (s: HeadlineSentence, i: number) => {
      if (s.verdict === "unclear") return 3;
      if (priorityOf(found[i].def) < FIRST.length) return 0;
      return s.verdict === "worse" ? 1 : 2;
    };
    const ordered = sentences.map((s, i) => ({ s, r: rank(s, i), i })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.s);
    const setAside = compared.filter((c, i) => c.d.significant && !holds[i]).length;
    const tested = pValues.filter((pv) => pv !== null).length;
    return { proposal: p.name, sentences: ordered.slice(0, MAX_SENTENCES), note: holmNote(tested, setAside) };
  });
}
