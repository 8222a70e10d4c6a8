/**
 * The compact summary's lists: every staffing and cost change is listed before the duration
 * details it cuts, and a list of names is cut between names with "and N more", never inside
 * a name. A hand-made summary at 80 columns.
 */
import { describe, expect, it } from "vitest";
import { formatCompactSummary } from "../../../src/cli/compact-text.js";
import type { DecisionSummary, ProposalDecision } from "../../../src/report/decision-summary.js";
import { inLanguage } from "../../../src/report/i18n/language.js";

const staffing = ["Staff clerks: 4 → 3.", "Staff team leads: 1 → 0.", "New pool rpa bots: 2, around the clock · CNY 9/h."];
const details = ["Data entry: mean time 45 min → 8 min.", "Data entry: done by rpa bots (was clerks).", "Step first approval removed.", "After compliance review: data entry 15% → 5.7%, first approval 85% → 94.3%."];
const setAsideChanges = ["answered within 30 s", "cost per completed case", "throughput per open hour", "90th percentile wait", "mean cases in process", "share of attempts blocked"].map((label) => ({ label, verdict: "better" as const }));

function summaryWith(p: Partial<ProposalDecision>): DecisionSummary {
  const proposal: ProposalDecision = { name: "RPA", description: "", changes: [...details.slice(0, 2), ...staffing, ...details.slice(2)], staffing, findings: [], setAside: "", setAsideChanges: [], family: 0, costChange: null, ...p };
  return { kind: "comparison", current: "today", currency: "CNY", proposals: [proposal], targets: [], costs: [], caveats: [] };
}

describe("the compact summary's lists", () => {
  it("lists every staffing and cost change, then as many others as fit, and counts the rest", () => {
    const text = formatCompactSummary(summaryWith({}), 80).join("\n");
    const flat = text.replace(/\n +/g, " ");
    for (const change of staffing) expect(flat).toContain(change);
    expect(flat).toMatch(/\(\+\d more\)/);
    expect(flat).not.toContain("…");
    const more = Number(/\(\+(\d) more\)/.exec(flat)?.[1]);
    expect(details.filter((d) => flat.includes(d)).length).toBe(details.length - more);
  });

  it("cuts the list of changes set aside by Holm between names, with 'and N more'", () => {
    const full = `Significant on its own, but not once all 18 headline KPIs are judged together (Holm): ${setAsideChanges.map((c) => `${c.label} (▲ better)`).join(", ")}.`;
    // One line holds the names: a wide terminal.
    const lines = formatCompactSummary(summaryWith({ changes: [], setAside: full, setAsideChanges, family: 18 }), 200);
    const flat = lines.slice(2).join(" ").replace(/ +/g, " ");
    const n = Number(/ and (\d) more\.$/.exec(flat)?.[1]);
    expect(n).toBeGreaterThan(0);
    // The names before "and N more" are whole names, each with its verdict.
    const shown = setAsideChanges.slice(0, setAsideChanges.length - n).map((c) => `${c.label} (▲ better)`).join(", ");
    expect(flat).toContain(`(Holm): ${shown} and ${n} more.`);
    expect(lines.join("\n")).not.toContain("…");
    const zh = inLanguage("zh", () => formatCompactSummary(summaryWith({ changes: [], setAside: full, setAsideChanges, family: 18 }), 200)).join("");
    expect(zh).toMatch(/，另有 \d 项。$/);
  });

  it("gives only the number of changes set aside when not even one name fits, and never cuts a caveat", () => {
    const long = [{ label: "service level achieved: compliance picked up within one working hour of arrival at the branch", verdict: "better" as const }, { label: "90th percentile wait", verdict: "worse" as const }];
    const caveat = "Overtime here is staff finishing the case already in hand after closing. Cases still waiting at closing: carried over to the next opening.";
    const lines = formatCompactSummary({ ...summaryWith({ changes: [], setAside: "x", setAsideChanges: long, family: 12 }), caveats: [caveat] }, 80);
    expect(lines.join(" ").replace(/\s+/g, " ")).toContain("2 changes are not significant after Holm over 12 KPIs; see --all.");
    expect(lines).toContain("! 1 caveat from this run: read it in the report or with --all.");
    expect(lines.join("\n")).not.toContain("…");
  });
});
