/**
 * The decision summary in the terminal, wrapped to its width by display width: the question,
 * each proposal's changes and main results, the targets before and after, money per period,
 * and the run's caveats. `procsim run` prints the shorter form (no proposals).
 *
 * procsim compare branch-counter.yaml branch-counter-lunch-proposed.yaml begins with
 * "Does "Branch counter with two more tellers over lunch" do better than …?", then
 * "• Staff tellers: … → …", "counter wait within 5 min: met 97.9% → met 99.4%".
 */
import { achievedText, costBasisText, moneyText, moneyUnit, questionText, stateWord, targetTitle } from "../report/decision-format.js";
import type { DecisionSummary, ProposalDecision } from "../report/decision-summary.js";
import { wrapTo } from "../report/table-text.js";
import { terminalWidth } from "./terminal.js";

const MARKER = { better: "+", worse: "-", unclear: " " } as const;

/** `text` wrapped to `width`, first line after `first`, the rest after `rest` (same display width). */
function hanging(text: string, width: number, first: string, rest: string): string[] {
  return wrapTo(text, Math.max(20, width - first.length)).map((line, i) => `${i === 0 ? first : rest}${line}`);
}

function proposalLines(p: ProposalDecision, summary: DecisionSummary, width: number, many: boolean): string[] {
  const lines = many ? ["", ...hanging(p.name, width, "", "")] : [""];
  if (p.changes.length) lines.push("  Changes:", ...p.changes.flatMap((c) => hanging(c, width, "    • ", "      ")));
  if (p.findings.length) lines.push("  Results:", ...p.findings.flatMap((s) => hanging(s.text, width, `    ${MARKER[s.verdict]} `, "      ")));
  if (p.costChange) {
    const cost = `Total cost change: ${moneyText(p.costChange.perYear, summary.currency, true)} a year, ${moneyText(p.costChange.perMonth, summary.currency, true)} a month.`;
    lines.push(...hanging(cost, width, "  ", "    "));
  }
  return lines;
}

function targetLines(summary: DecisionSummary, width: number): string[] {
  if (!summary.targets.length) return [];
  const lines = ["", ...hanging("Service-level targets (met: the whole 95% interval is at or above the target):", width, "", "")];
  for (const t of summary.targets) {
    lines.push(...hanging(targetTitle(t), width, "  ", "    "));
    const names = summary.kind === "run" ? [""] : t.models.map((_, i) => (i === 0 ? "current: " : summary.targets[0].models.length > 2 ? `${t.models[i].model}: ` : "proposed: "));
    t.models.forEach((m, i) => lines.push(...hanging(`${names[i]}${stateWord(m.state)}, ${achievedText(m)}`, width, "    ", "      ")));
  }
  return lines;
}

function costLines(summary: DecisionSummary, width: number): string[] {
  if (!summary.costs.length) return [];
  const lines = ["", ...hanging(`Total cost (${moneyUnit(summary.currency)}, 95% CI):`, width, "", "")];
  summary.costs.forEach((c, i) => {
    const name = summary.kind === "run" ? "" : i === 0 ? "current: " : summary.costs.length > 2 ? `${c.model}: ` : "proposed: ";
    lines.push(...hanging(`${name}${moneyText(c.periods.perDay, summary.currency)} a day, ${moneyText(c.periods.perYear, summary.currency)} a year`, width, "  ", "    "));
  });
  lines.push(...hanging(costBasisText(summary.costs[0].periods), width, "  ", "  "));
  return lines;
}

/** The decision summary as terminal lines, at most `width` columns wide. */
export function formatDecisionSummary(summary: DecisionSummary, width = terminalWidth()): string {
  const many = summary.proposals.length > 1;
  const lines = [
    "Decision summary",
    ...hanging(questionText(summary), width, "", ""),
    ...summary.proposals.flatMap((p) => proposalLines(p, summary, width, many)),
    ...targetLines(summary, width),
    ...costLines(summary, width),
    ...(summary.caveats.length ? ["", "Caveats:", ...summary.caveats.flatMap((c) => hanging(c, width, "  ! ", "    "))] : []),
  ];
  return `${lines.join("\n")}\n\n`;
}
