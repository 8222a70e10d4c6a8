/**
 * The decision summary and the assumptions as HTML: the first thing the report shows.
 *
 * A branch manager opens the lunch-tellers report and reads, before any chart: the question,
 * "Staff tellers: … 8 (11:00–14:00) … → … 10 (11:00–14:00) …", a target table with "met" in
 * both columns, "+CNY 15,600 a year", and any caveat the run raised.
 */
import type { AssumptionRow } from "./assumptions.js";
import { achievedText, costBasisText, moneyText, moneyUnit, questionText, targetTitle } from "./decision-format.js";
import { stateWord } from "./target-state.js";
import type { DecisionSummary, ProposalDecision } from "./decision-summary.js";
import { t } from "./i18n/translate.js";

/** Escapes text for HTML element content and attribute values. */
const esc = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const list = (items: readonly string[], cls = ""): string => `<ul${cls ? ` class="${cls}"` : ""}>${items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>`;

function proposalCard(p: ProposalDecision, currency: string | null): string {
  const changes = p.changes === null ? `<p>${esc(t("decision.changesUnknown"))}</p>` : p.changes.length ? list(p.changes) : `<p>${esc(t("decision.noChanges"))}</p>`;
  const findings = p.findings.map((s) => `<li class="${s.verdict}">${esc(s.text)}</li>`).join("");
  const cost = p.costChange
    ? `<p class="money"><strong>${esc(t("decision.totalCostChangeLabel"))}</strong> ${esc(t("decision.perYear", { amount: moneyText(p.costChange.perYear, currency, true) }))} · ${esc(t("decision.perMonth", { amount: moneyText(p.costChange.perMonth, currency, true) }))} · ${esc(t("decision.perDay", { amount: moneyText(p.costChange.perDay, currency, true) }))}</p>`
    : "";
  const description = p.description ? `<p class="description">${esc(p.description)}</p>` : "";
  const setAside = p.setAside ? `<p class="set-aside">${esc(p.setAside)}</p>` : "";
  return `<div class="card proposal"><h3>${esc(p.name)}</h3>${description}<h4>${esc(t("decision.whatChanges"))}</h4>${changes}<h4>${esc(t("decision.whatItDoes"))}</h4><ul class="findings">${findings || `<li class="unclear">${esc(t("decision.noKpi"))}</li>`}</ul>${setAside}${cost}</div>`;
}

function targetsTable(summary: DecisionSummary): string {
  if (!summary.targets.length) return `<p>${esc(t("decision.noTargets"))}</p>`;
  const models = summary.targets[0].models.map((m) => m.model);
  const head = `<tr><th>${esc(t("decision.targetHeader"))}</th>${models.map((m) => `<th>${esc(m)}</th>`).join("")}</tr>`;
  const rows = summary.targets.map((t) => {
    const cells = t.models.map((m) => `<td class="state ${m.state ?? "none"}"><strong>${esc(stateWord(m.state))}</strong> ${esc(achievedText(m))}</td>`);
    return `<tr><th scope="row">${esc(targetTitle(t))}</th>${cells.join("")}</tr>`;
  });
  const note = `<p class="note">${esc(t("decision.targetNote"))}</p>`;
  return `<div class="scroll"><table class="targets"><thead>${head}</thead><tbody>${rows.join("")}</tbody></table></div>${note}`;
}

function costTable(summary: DecisionSummary): string {
  if (!summary.costs.length) return "";
  const unit = moneyUnit(summary.currency);
  const rows = summary.costs.map(
    (c) => `<tr><th scope="row">${esc(c.model)}</th><td class="num">${esc(moneyText(c.periods.perDay, summary.currency))}</td><td class="num">${esc(moneyText(c.periods.perMonth, summary.currency))}</td><td class="num">${esc(moneyText(c.periods.perYear, summary.currency))}</td></tr>`,
  );
  const head = `<tr><th>${esc(t("decision.costHeader", { unit }))}</th><th class="num">${esc(t("decision.colPerDay"))}</th><th class="num">${esc(t("decision.colPerMonth"))}</th><th class="num">${esc(t("decision.colPerYear"))}</th></tr>`;
  return `<div class="scroll"><table class="costs"><thead>${head}</thead><tbody>${rows.join("")}</tbody></table></div><p class="note">${esc(costBasisText(summary.costs[0].periods))}</p>`;
}

/** The decision summary section (id "decision"). */
export function decisionHtml(summary: DecisionSummary): string {
  const cards = summary.proposals.length ? `<div class="headline">${summary.proposals.map((p) => proposalCard(p, summary.currency)).join("")}</div>` : "";
  const caveats = summary.caveats.length ? `<div class="warnings"><strong>${esc(t("decision.caveatsTitle"))}</strong>${list(summary.caveats)}</div>` : "";
  return [
    '<section id="decision" class="decision">',
    `<h2>${esc(t("decision.title"))}</h2>`,
    `<p class="question">${esc(questionText(summary))}</p>`,
    cards,
    `<h3>${esc(t("decision.targets"))}</h3>`,
    targetsTable(summary),
    costTable(summary) ? `<h3>${esc(t("decision.money"))}</h3>${costTable(summary)}` : "",
    caveats,
    "</section>",
  ].join("");
}

/** The assumptions section (id "assumptions"): one row per input, changed inputs marked. */
export function assumptionsHtml(models: readonly string[], rows: readonly AssumptionRow[]): string {
  if (!rows.length) return "";
  const head = `<tr><th>${esc(t("assumptions.input"))}</th>${models.map((m) => `<th>${esc(m)}</th>`).join("")}</tr>`;
  const body = rows.map((r) => `<tr${r.changed ? ' class="changed"' : ""}><th scope="row">${esc(r.label)}</th>${r.values.map((v) => `<td>${esc(v)}</td>`).join("")}</tr>`);
  const note = models.length > 1 ? `<p class="note">${esc(t("assumptions.note"))}</p>` : "";
  return `<section id="assumptions"><h2>${esc(t("assumptions.title"))}</h2><div class="card"><div class="scroll"><table class="assumptions"><thead>${head}</thead><tbody>${body.join("")}</tbody></table></div></div>${note}</section>`;
}
