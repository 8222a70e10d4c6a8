// Which changes a headline and a decision summary lead with: key KPIs first, then other
// changes better and worse in turn (strongest first), so that a proposal whose key KPIs all
// worsen still says what it improves — the call centre's callback team and trunk lines.
import { describe, expect, it } from "vitest";
import type { ComparisonResult, KpiDef } from "../../../src/stats/result-types.js";
import { buildHeadline, headlineFindings } from "../../../src/report/headline.js";
import { firstOfBothSides, headlineOrder, type ComparedKpi } from "../../../src/report/headline-order.js";
import { def, difference, summary } from "../../fixtures/results/synth.js";

/** A KPI with today's mean and the proposal's (paired sd tiny: every change holds). */
interface Change {
  readonly def: KpiDef;
  readonly current: number;
  readonly proposed: number;
}

const CHANGES: readonly Change[] = [
  { def: def("overall", "", "cycleTime.mean", "Mean cycle time", "min", "lower"), current: 5.43, proposed: 5.45 },
  { def: def("overall", "", "waitTime.mean", "Mean wait", "min", "lower"), current: 0.055, proposed: 0.08 },
  { def: def("overall", "", "waitTime.p90", "90th percentile wait", "min", "lower"), current: 0.2, proposed: 0.42 },
  { def: def("overall", "", "abandonment.share", "Abandonment rate", "share", "lower"), current: 0.02, proposed: 0.025 },
  { def: def("overall", "", "blocked.share", "Share of attempts blocked", "share", "lower"), current: 0.039, proposed: 0.0075 },
  { def: def("overall", "", "lost", "Lost calls", "cases", "lower"), current: 100, proposed: 76 },
  { def: def("overall", "", "cost.perCase", "Cost per completed case", "currency", "lower"), current: 4.38, proposed: 4.55 },
  { def: def("serviceLevel", "answered within 30 s", "achieved", "answered within 30 s", "share", "higher"), current: 0.945, proposed: 0.926 },
];

function comparison(changes: readonly Change[]): ComparisonResult {
  const differences = changes.map((c) => difference(summary(c.def.key, c.current, 1e-4), summary(c.def.key, c.proposed, 1e-4), 1e-5));
  const current = { model: "call centre", kpiDefs: changes.map((c) => c.def) };
  return { current, proposals: [{ name: "callback team", differences }] } as unknown as ComparisonResult;
}

const keysOf = (sentences: readonly { key: string }[]) => sentences.map((s) => s.key);

describe("headline order", () => {
  it("leads with key KPIs, then alternates better and worse news from the side the key KPIs showed less of", () => {
    const [headline] = buildHeadline(comparison(CHANGES));
    // Key KPIs (all worse) in key order; then better first: the blocked share (a rate before a
    // count), the abandonment rate (a rate before the larger change of the 90th percentile).
    expect(keysOf(headline.sentences)).toEqual([
      "overall/cycleTime.mean", "overall/waitTime.mean", "serviceLevel/answered within 30 s/achieved", "overall/cost.perCase",
      "overall/blocked.share", "overall/abandonment.share",
    ]);
  });

  it("gives the third finding to the strongest change the other way when the first ones all point one way", () => {
    const [{ findings }] = headlineFindings(comparison(CHANGES), 4);
    expect(keysOf(findings)).toEqual(["overall/cycleTime.mean", "overall/waitTime.mean", "overall/blocked.share", "serviceLevel/answered within 30 s/achieved"]);
    expect(findings.map((f) => f.verdict)).toEqual(["worse", "worse", "better", "worse"]);
  });

  it("leaves out the KPIs the summary words on their own line", () => {
    const [{ findings }] = headlineFindings(comparison(CHANGES), 8, ["overall/blocked.share"]);
    expect(keysOf(findings)).not.toContain("overall/blocked.share");
    expect(keysOf(findings)).toContain("overall/lost");
  });

  it("keeps the first n as they are when they already go both ways, or nothing goes the other way", () => {
    const item = (key: string, verdict: ComparedKpi["verdict"], relativeChange: number): ComparedKpi => ({
      def: def("overall", "", key, key, "min", "lower"),
      difference: { ...difference(summary(key, 1, 0.1), summary(key, 1, 0.1), 0.01), relativeChange },
      verdict,
    });
    const mixed = [item("a", "better", 0.1), item("b", "worse", 0.2), item("c", "better", 0.3)];
    expect(firstOfBothSides(mixed, 2)).toEqual(mixed.slice(0, 2));
    const oneWay = [item("a", "better", 0.1), item("b", "better", 0.2), item("c", "unclear", 0.9)];
    expect(firstOfBothSides(oneWay, 2)).toEqual(oneWay.slice(0, 2));
    const later = [...oneWay, item("d", "worse", 0.1), item("e", "worse", 0.5)];
    expect(firstOfBothSides(later, 2).map((c) => c.def.metric)).toEqual(["a", "e"]);
    // No key KPI here: a tie, so bad news first; strongest first on each side; unclear last.
    expect(headlineOrder(later).map((c) => c.def.metric)).toEqual(["e", "b", "d", "a", "c"]);
  });

  it("name the changes significant on their own that the correction sets aside", () => {
    // Two KPIs: the wait falls with p = 0.04 (Holm needs 0.025 for the smaller of two p-values), the cycle time does not change.
    const pair = comparison([CHANGES[1], CHANGES[0]].map((c) => ({ ...c, proposed: c.current * 0.9 })));
    const [wait, cycle] = pair.proposals[0].differences;
    const proposals = [{ ...pair.proposals[0], differences: [{ ...wait, significant: true, pValue: 0.04 }, { ...cycle, significant: false, pValue: 0.5 }] }];
    const judged = { ...pair, proposals } as ComparisonResult;
    const [{ findings, setAside, family }] = headlineFindings(judged, 4);
    expect({ setAside, family }).toEqual({ setAside: [{ label: "mean wait", verdict: "better" }], family: 2 });
    expect(findings.map((f) => f.verdict)).toEqual(["unclear", "unclear"]);
  });
});
