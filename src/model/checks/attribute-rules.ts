/**
 * The rules that read case attributes: route conditions, priorities and durations name an
 * attribute of the right kind and categories it has; no conditional branch is shadowed by an
 * earlier one; every source whose cases reach a rule draws the attribute it needs.
 *
 * `if: { attribute: amount, above: 1000000 }` after `if: { attribute: amount, above: 500000 }`
 * is never taken (every such loan already went by the first branch): an error at the second
 * `if`. `duration: { scaleBy: pages, base: 30s }` on a step that branch walk-ins reach, when
 * only the online source draws pages, is an error at `scaleBy`.
 */
import type { Condition } from "../compile/attribute-types.js";
import type { Model, ModelPath, Step } from "../compile/model.js";
import { distSupport } from "../../random/dists.js";
import { error, warning, type IssueDraft } from "../source/issues.js";
import { suggestion } from "../source/suggest.js";
import { buildRouteGraph, reachableFrom } from "./route-graph.js";

/** What the checks know of each attribute. */
export type AttributeKinds = Map<string, { categorical: boolean; categories: string[]; path: ModelPath }>;

/** An issue for a name that is not an attribute, with a suggestion. */
export function unknownAttribute(name: string, kinds: AttributeKinds, path: ModelPath): IssueDraft {
  const names = [...kinds.keys()];
  return error("unknownAttribute", path, { name, allowed: names.slice(0, 30), ...suggestion(name, names) });
}

function unknownCategory(name: string, attribute: string, kinds: AttributeKinds, path: ModelPath, atKey = false): IssueDraft {
  const allowed = kinds.get(attribute)?.categories ?? [];
  return { ...error("unknownCategory", path, { name, attribute, allowed, ...suggestion(name, allowed) }), atKey };
}

/** Kind and category problems of one condition; empty when it is well formed. */
function conditionProblems(when: Condition, kinds: AttributeKinds): IssueDraft[] {
  const kind = kinds.get(when.attribute);
  if (kind === undefined) return [unknownAttribute(when.attribute, kinds, [...when.path, "attribute"])];
  if (kind.categorical && when.categories === null) return [error("numericTestOnCategory", when.path, { attribute: when.attribute })];
  if (!kind.categorical && when.categories !== null) return [error("categoryTestOnNumber", when.path, { attribute: when.attribute })];
  const listed = when.categories ?? [];
  return listed.flatMap((name, j) =>
    kind.categories.includes(name) ? [] : [unknownCategory(name, when.attribute, kinds, listed.length === 1 ? [...when.path, "is"] : [...when.path, "in", j])],
  ).map((issue) => (listed.length === 1 ? { ...issue, altPath: [...when.path, "in", 0] } : issue));
}

/** A numeric condition with its absent bounds as ±Infinity. */
function bounds(when: Condition): { lower: number; upper: number; lowerInclusive: boolean; upperInclusive: boolean } {
  return { lower: when.lower ?? -Infinity, upper: when.upper ?? Infinity, lowerInclusive: when.lowerInclusive, upperInclusive: when.upperInclusive };
}

/** True when every case satisfying `later` also satisfies `earlier` (numeric intervals). */
function intervalWithin(laterRaw: Condition, earlierRaw: Condition): boolean {
  const later = bounds(laterRaw);
  const earlier = bounds(earlierRaw);
  const lowerOk = later.lower > earlier.lower || (later.lower === earlier.lower && (earlier.lowerInclusive || !later.lowerInclusive));
  const upperOk = later.upper < earlier.upper || (later.upper === earlier.upper && (earlier.upperInclusive || !later.upperInclusive));
  return lowerOk && upperOk;
}

/** The index of the earlier option that already takes every case option `i` would, or -1. */
function shadowedBy(conditions: readonly (Condition | null)[], i: number): number {
  const later = conditions[i] as Condition;
  const covered = new Set<string>();
  for (let j = 0; j < i; j++) {
    const earlier = conditions[j];
    if (earlier === null || earlier.attribute !== later.attribute) continue;
    if (later.categories === null && earlier.categories === null && intervalWithin(later, earlier)) return j;
    for (const c of earlier.categories ?? []) covered.add(c);
    if (later.categories !== null && later.categories.every((c) => covered.has(c))) return j;
  }
  return -1;
}

function checkConditions(step: Step, kinds: AttributeKinds): IssueDraft[] {
  if (step.next.kind !== "conditional") return [];
  const options = step.next.options;
  const problems = options.flatMap((option) => (option.when === null ? [] : conditionProblems(option.when, kinds)));
  if (problems.length > 0) return problems;
  const conditions = options.map((option) => option.when);
  return conditions.flatMap((when, i) => {
    if (when === null) return [];
    const earlier = shadowedBy(conditions, i);
    return earlier < 0 ? [] : [error("unreachableBranch", when.path, { to: options[i].to, earlier: earlier + 1 })];
  });
}

function checkPriorities(model: Model, kinds: AttributeKinds): IssueDraft[] {
  return model.arrivals.flatMap((source) => {
    const rule = source.priorityBy ?? null;
    if (rule === null) return [];
    const kind = kinds.get(rule.attribute);
    if (kind === undefined) return [unknownAttribute(rule.attribute, kinds, [...rule.path, "by"])];
    if (!(rule.attribute in source.attributes)) return [error("attributeMissingAtSource", [...rule.path, "by"], { attribute: rule.attribute, source: source.name })];
    if (!kind.categorical) return rule.values === null ? [] : [error("priorityValuesOnNumber", [...rule.path, "values"], { attribute: rule.attribute })];
    if (rule.values === null) return [error("priorityValuesMissing", rule.path, { attribute: rule.attribute })];
    return Object.keys(rule.values).flatMap((name) => (kind.categories.includes(name) ? [] : [unknownCategory(name, rule.attribute, kinds, [...rule.path, "values", name], true)]));
  });
}

/** Sources whose cases can reach each step, by step index. */
function sourcesReaching(model: Model): number[][] {
  const graph = buildRouteGraph(model);
  const reaching: number[][] = model.steps.map(() => []);
  model.arrivals.forEach((source, src) => {
    const start = graph.index.get(source.firstStep);
    if (start === undefined) return;
    for (const s of reachableFrom(graph, [start])) reaching[s].push(src);
  });
  return reaching;
}

function checkDuration(model: Model, step: Step, reaching: readonly number[], kinds: AttributeKinds): IssueDraft[] {
  const rule = step.durationBy ?? null;
  if (rule === null) return [];
  const key = rule.kind === "scaled" ? "scaleBy" : "by";
  const kind = kinds.get(rule.attribute);
  if (kind === undefined) return [unknownAttribute(rule.attribute, kinds, [...rule.path, key])];
  if (rule.kind === "scaled" && kind.categorical) return [error("durationScaleByCategory", [...rule.path, key], { attribute: rule.attribute })];
  if (rule.kind === "byCategory" && !kind.categorical) return [error("durationByNumber", [...rule.path, key], { attribute: rule.attribute })];
  const issues: IssueDraft[] = [];
  if (rule.kind === "byCategory") {
    for (const name of Object.keys(rule.values)) if (!kind.categories.includes(name)) issues.push(unknownCategory(name, rule.attribute, kinds, [...rule.path, "values", name], true));
    const missing = kind.categories.filter((c) => !(c in rule.values));
    if (rule.otherwise === null && missing.length > 0) issues.push(error("durationOtherwiseMissing", rule.path, { attribute: rule.attribute, missing }));
    if (rule.otherwise !== null) return issues;
  }
  for (const src of reaching) {
    const source = model.arrivals[src];
    const spec = source.attributes[rule.attribute];
    if (spec === undefined) issues.push(error("attributeMissingAtSource", [...rule.path, key], { attribute: rule.attribute, source: source.name }));
    else if (rule.kind === "scaled" && spec.kind === "numeric" && distSupport(spec.dist)[0] < 0) {
      issues.push(warning("scaleByNegative", [...rule.path, key], { attribute: rule.attribute, source: source.name }));
    }
  }
  return issues;
}

/** Every problem of the rules that read attributes. */
export function checkAttributeRules(model: Model, kinds: AttributeKinds): IssueDraft[] {
  const issues = [...checkPriorities(model, kinds), ...model.steps.flatMap((step) => checkConditions(step, kinds))];
  if (!model.steps.some((step) => step.durationBy)) return issues;
  const reaching = sourcesReaching(model);
  return [...issues, ...model.steps.flatMap((step, s) => checkDuration(model, step, reaching[s], kinds))];
}
