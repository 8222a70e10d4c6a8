/**
 * What a proposal changes, in words, read off the facts of the two models (so it holds for a
 * proposal file with `changes:` and for a second full model alike).
 *
 * RPA data entry vs today: "Data entry: mean 45 min → 8 min; done by rpa bots (was clerks).",
 * "After compliance review: data entry 15% → 5.7%, first approval 85% → 94.3%.", "Step
 * first approval removed.", "Staff clerks: 4 → 3.", "New pool rpa bots: 2, around the clock
 * · 9/h."
 */
import { assumptionRows, hourlyCost, staffingText } from "./assumptions.js";
import { fixed, formatDuration } from "./format.js";
import type { ModelFacts, StepFacts } from "./model-facts.js";
import { t } from "./i18n/translate.js";
import { settingChanges } from "./setting-changes.js";

function byName<T extends { readonly name: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((x) => [x.name, x]));
}

const percent = (p: number) => `${fixed(p * 100, Number.isInteger(Math.round(p * 1000) / 10) ? 0 : 1)}%`;

function resourcesText(step: StepFacts): string {
  if (step.resources.length === 0) return t("changes.noStaff");
  return step.resources.map((r) => (r.units === 1 ? r.name : `${r.units} × ${r.name}`)).join(" + ");
}

function routeText(step: StepFacts, other: StepFacts): string | null {
  const targets = [...new Set([...step.next.map((n) => n.to), ...other.next.map((n) => n.to)])];
  const p = (s: StepFacts, to: string) => s.next.find((n) => n.to === to)?.p ?? 0;
  const moved = targets.filter((to) => Math.abs(p(step, to) - p(other, to)) > 1e-9);
  if (moved.length === 0) return null;
  const moves = moved.map((to) => t("changes.move", { to, before: percent(p(step, to)), after: percent(p(other, to)) }));
  return t("changes.after", { step: step.name, moves: moves.join(t("decision.listSeparator")) });
}

/** The changes to one step present in both models. */
function stepChange(before: StepFacts, after: StepFacts): string[] {
  const parts: string[] = [];
  if (Math.abs(before.meanMinutes - after.meanMinutes) > 1e-9 * Math.max(1, before.meanMinutes)) {
    parts.push(t("changes.meanTime", { step: before.name, before: formatDuration(before.meanMinutes), after: formatDuration(after.meanMinutes) }));
  }
  const [was, now] = [resourcesText(before), resourcesText(after)];
  if (was !== now) parts.push(t("changes.doneBy", { step: before.name, now, was }));
  const route = routeText(before, after);
  if (route) parts.push(route);
  return parts;
}

function stepChanges(current: ModelFacts, proposal: ModelFacts): string[] {
  const [before, after] = [byName(current.steps), byName(proposal.steps)];
  const out: string[] = [];
  for (const step of current.steps) {
    const other = after.get(step.name);
    if (!other) out.push(t("changes.stepRemoved", { step: step.name }));
    else out.push(...stepChange(step, other));
  }
  for (const step of proposal.steps) {
    if (!before.has(step.name)) out.push(t("changes.newStep", { step: step.name, mean: formatDuration(step.meanMinutes), resources: resourcesText(step) }));
  }
  return out;
}

function poolChanges(current: ModelFacts, proposal: ModelFacts): string[] {
  const [before, after] = [byName(current.pools), byName(proposal.pools)];
  const out: string[] = [];
  for (const pool of current.pools) {
    const other = after.get(pool.name);
    if (!other) {
      out.push(t("changes.poolRemoved", { pool: pool.name }));
      continue;
    }
    const [was, now] = [staffingText(pool), staffingText(other)];
    if (was !== now) out.push(t("changes.staff", { pool: pool.name, before: was, after: now }));
    if (pool.costPerHour !== other.costPerHour) out.push(t("changes.cost", { pool: pool.name, before: hourlyCost(pool.costPerHour, current.currency), after: hourlyCost(other.costPerHour, proposal.currency) }));
  }
  for (const pool of proposal.pools) {
    if (!before.has(pool.name)) out.push(t("changes.newPool", { pool: pool.name, staffing: staffingText(pool), cost: hourlyCost(pool.costPerHour, proposal.currency) }));
  }
  return out;
}

/** Labels whose changes the step and pool sentences already say (staffing rows, the step count). */
const saidElsewhere = (label: string): boolean => label.startsWith(t("assumptions.rowStaff", { name: "" })) || label === t("assumptions.rowSteps");

const sentence = (s: string): string => t("changes.sentence", { text: `${s[0].toUpperCase()}${s.slice(1)}` });

/**
 * The changes of a proposal against the current model, one sentence each: steps (removed,
 * added, time, staff, routing), pools (staffing, cost, added, removed), any other
 * assumption that differs ("Arrivals: walk-in: 45.6 /h → 52.4 /h"), then any other setting
 * of a step, source or pool (setting-changes.ts).
 */
export function changesBetween(current: ModelFacts, proposal: ModelFacts): string[] {
  const others = assumptionRows([current, proposal])
    .filter((row) => row.changed && !saidElsewhere(row.label))
    .map((row) => t("changes.other", { label: row.label, before: row.values[0], after: row.values[1] }));
  return [...stepChanges(current, proposal), ...poolChanges(current, proposal), ...others, ...settingChanges(current, proposal)].map(sentence);
}

/**
 * The staffing and cost changes among `changesBetween`'s (a pool's staff or hourly cost, a
 * pool added or removed): the levers a short summary never leaves out. RPA data entry:
 * "Staff clerks: 4 → 3.", "Staff team leads: 1 → 0.", "New pool rpa bots: 2, around the clock · CNY 9/h."
 */
export function staffingChangesBetween(current: ModelFacts, proposal: ModelFacts): string[] {
  return poolChanges(current, proposal).map(sentence);
}
