/**
 * The decision summary in the terminal, wrapped to its width by display width: the question,
 * each proposal's changes and main results, the targets before and after, money per period,
 * and the run's caveats. `procsim run` prints the shorter form (no proposals).
 *
 * procsim compare branch-counter.yaml branch-counter-lunch-proposed.yaml begins with
 * "Does "Branch counter with two more tellers over lunch" do better than …?", then
 * "• Staff tellers: … → …", "counter wait within 5 min: met 97.9% → met 99.4%".
 */
import { achievedText, costBasisText, moneyText, moneyUnit, questionText, targetTitle } from "../report/decision-format.js";
import { stateWord } from "../report/target-state.js";
import type { DecisionSummary, ProposalDecision } from "../report/decision-summary.js";
import { wrapTo } from "../report/table-text.js";
import { terminalWidth } from "./terminal.js";
import { t } from "../report/i18n/translate.js";

const MARKER = { better: "+", worse: "-", unclear: " " } as const;

/** `text` wrapped to `width`, first line after `first`, the rest after `rest` (same display width). */
function hanging(text: string, width: number, first: string, rest: string): string[] {
  return wrapTo(text, Math.max(20, width - first.length)).map((line, i) => `${i === 0 ? first : rest}${line}`);
}

function proposalLines(p: ProposalDecision, summary: DecisionSummary, width: number, many: boolean): string[] {
  const lines = many ? ["", ...hanging(p.name, width, "", "")] : [""];
  if (p.changes?.length) lines.push(`  ${t("decision.textChanges")}`, ...p.changes.flatMap((c) => hanging(c, width, "    • ", "      ")));
  if (p.findings.length) lines.push(`  ${t("decision.textResults")}`, ...p.findings.flatMap((s) => hanging(s.text, width, `    ${MARKER[s.verdict]} `, "      ")));
  if (p.setAside) lines.push(...hanging(p.setAside, width, "    ", "    "));
  if (p.costChange) {
    const cost = t("decision.textCostChange", { year: moneyText(p.costChange.perYear, summary.currency, true), month: moneyText(p.costChange.perMonth, summary.currency, true) });
    lines.push(...hanging(cost, width, "  ", "    "));
  }
  return lines;
}

/** "current: ", "proposed: ", or the model's name when there are several proposals. */
function modelPrefix(index: number, model: string, models: number): string {
  if (index === 0) return t("decision.textCurrent");
  return models > 2 ? t("decision.textNamed", { name: model }) : t("decision.textProposed");
}

function targetLines(summary: DecisionSummary, width: number): string[] {
  if (!summary.targets.length) return [];
  const lines = ["", ...hanging(t("decision.textTargets"), width, "", "")];
  for (const target of summary.targets) {
    lines.push(...hanging(targetTitle(target), width, "  ", "    "));
    const names = summary.kind === "run" ? [""] : target.models.map((m, i) => modelPrefix(i, m.model, target.models.length));
    target.models.forEach((m, i) => lines.push(...hanging(`${names[i]}${t("decision.textState", { state: stateWord(m.state), achieved: achievedText(m) })}`, width, "    ", "      ")));
  }
  return lines;
}

function costLines(summary: DecisionSummary, width: number): string[] {
  if (!summary.costs.length) return [];
  const lines = ["", ...hanging(t("decision.textCostHead", { unit: moneyUnit(summary.currency) }), width, "", "")];
  summary.costs.forEach((c, i) => {
    const name = summary.kind === "run" ? "" : modelPrefix(i, c.model, summary.costs.length);
    lines.push(...hanging(`${name}${t("decision.textCostLine", { day: moneyText(c.periods.perDay, summary.currency), year: moneyText(c.periods.perYear, summary.currency) })}`, width, "  ", "    "));
  });
  lines.push(...hanging(costBasisText(summary.costs[0].periods), width, "  ", "  "));
  return lines;
}

/** The decision summary as terminal lines, at most `width` columns wide. */
export function formatDecisionSummary(summary: DecisionSummary, width = terminalWidth()): string {
  const many = summary.proposals.length > 1;
  const lines = [
    t("decision.title"),
    ...hanging(questionText(summary), width, "", ""),
    ...summary.proposals.flatMap((p) => proposalLines(p, summary, width, many)),
    ...targetLines(summary, width),
    ...costLines(summary, width),
    ...(summary.caveats.length ? ["", t("decision.textCaveats"), ...summary.caveats.flatMap((c) => hanging(c, width, "  ! ", "    "))] : []),
  ];
  return `${lines.join("\n")}\n\n`;
}
