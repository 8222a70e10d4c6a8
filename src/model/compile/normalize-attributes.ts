/**
 * Case attributes and the rules that read them, from the YAML to the normalised model:
 * attribute draws, conditional routes, priorities and durations by attribute.
 *
 * `segment: { categories: { retail: 70%, sme: 30% } }` becomes a categorical attribute with
 * shares [0.7, 0.3]; `next: [{ to: second approval, if: { attribute: amount, above: 500000 } },
 * { to: payout }]` becomes a conditional route whose first option holds for amount in
 * (500000, ∞) and whose fallback is payout; `duration: { scaleBy: pages, base: 30s }` becomes
 * a base of 0.5 minutes scaled by the page count. Shape problems are issues here; references
 * to attributes and categories are checked by checks/attribute-rules.ts.
 */
import type { DistSpec } from "../../random/dist-spec.js";
import type { AttributeSpec, Condition, ConditionalOption, DurationRule, PriorityRule } from "./attribute-types.js";
import type { ModelPath, Route } from "./model.js";
import { error, type IssueDraft } from "../source/issues.js";
import { normalizeDist } from "./normalize-dist.js";
import type { RawDist } from "../schema/schema-dist.js";
import type { RawArrival, RawStep } from "../schema/schema.js";
import { toShare, type TimeUnit } from "../schema/units.js";
import { LIMITS } from "../schema/limits.js";

type RawAttribute = NonNullable<RawArrival["attributes"]>[string];
type RawPriority = NonNullable<RawArrival["priority"]>;
type RawDuration = RawStep["duration"];
type RawBranch = Exclude<NonNullable<RawStep["next"]>, string>[number];
type RawCondition = NonNullable<RawBranch["if"]>;

/** Category shares may miss 1 by this much. */
const SHARE_TOLERANCE = 1e-9;

/** One attribute of a source: a distribution (untimed) or categories with shares. */
export function normalizeAttribute(raw: RawAttribute, unit: TimeUnit, path: ModelPath, issues: IssueDraft[]): AttributeSpec {
  if (typeof raw !== "object" || !("categories" in raw)) {
    return { kind: "numeric", dist: normalizeDist(raw as RawDist, { unit, timed: false }, path, issues) };
  }
  const entries = Object.entries(raw.categories as Record<string, number | string>);
  const shares = entries.map(([, share]) => toShare(share));
  const sum = shares.reduce((a, b) => a + b, 0);
  if (entries.length > LIMITS.categories) issues.push(error("tooManyCategories", [...path, "categories"], { found: entries.length, maximum: LIMITS.categories }));
  else if (!(Math.abs(sum - 1) <= SHARE_TOLERANCE)) issues.push(error("categorySum", [...path, "categories"], { sum }));
  return { kind: "categorical", categories: entries.map(([name]) => name), shares };
}

/** The fixed priority and the attribute rule, if the priority is read from an attribute. */
export function normalizePriority(raw: RawPriority | undefined, path: ModelPath): { priority: number; priorityBy: PriorityRule | null } {
  if (raw === undefined || typeof raw === "number") return { priority: raw ?? 0, priorityBy: null };
  const values = raw.values ?? null;
  return { priority: 0, priorityBy: { attribute: raw.by, values, otherwise: raw.otherwise ?? 0, path } };
}

/** A step duration: the distribution the step reports, and the rule when it reads an attribute. */
export function normalizeDuration(raw: RawDuration, unit: TimeUnit, path: ModelPath, issues: IssueDraft[]): { duration: DistSpec; durationBy: DurationRule | null } {
  const timed = { unit, timed: true };
  if (typeof raw !== "object" || !("by" in raw || "scaleBy" in raw)) return { duration: normalizeDist(raw as RawDist, timed, path, issues), durationBy: null };
  if ("scaleBy" in raw) {
    const base = normalizeDist(raw.base as RawDist, timed, [...path, "base"], issues);
    return { duration: base, durationBy: { kind: "scaled", attribute: raw.scaleBy as string, path } };
  }
  const byRaw = raw as { by: string; values: Record<string, RawDist>; otherwise?: RawDist };
  const values: Record<string, DistSpec> = Object.create(null);
  for (const [category, dist] of Object.entries(byRaw.values)) values[category] = normalizeDist(dist, timed, [...path, "values", category], issues);
  const otherwise = byRaw.otherwise === undefined ? null : normalizeDist(byRaw.otherwise, timed, [...path, "otherwise"], issues);
  const first = Object.values(values)[0];
  const duration = otherwise ?? first ?? { kind: "deterministic", value: 0 };
  return { duration, durationBy: { kind: "byCategory", attribute: byRaw.by, values, otherwise, path } };
}

/** A condition as written → an interval or a category set; shape problems are issues. */
function normalizeCondition(raw: RawCondition, path: ModelPath, issues: IssueDraft[]): Condition {
  const numeric = raw.above !== undefined || raw.atLeast !== undefined || raw.below !== undefined || raw.atMost !== undefined;
  const categorical = raw.is !== undefined || raw.in !== undefined;
  if (numeric && categorical) issues.push(error("conditionMixed", path));
  if (!numeric && !categorical) issues.push(error("conditionEmpty", path));
  if (raw.above !== undefined && raw.atLeast !== undefined) issues.push(error("conditionBounds", [...path, "atLeast"], { first: "above", second: "atLeast" }));
  if (raw.below !== undefined && raw.atMost !== undefined) issues.push(error("conditionBounds", [...path, "atMost"], { first: "below", second: "atMost" }));
  if (raw.is !== undefined && raw.in !== undefined) issues.push(error("conditionBounds", [...path, "in"], { first: "is", second: "in" }));
  const lower = raw.above ?? raw.atLeast ?? null;
  const upper = raw.below ?? raw.atMost ?? null;
  const lowerInclusive = raw.above === undefined && raw.atLeast !== undefined;
  const upperInclusive = raw.below === undefined && raw.atMost !== undefined;
  if (lower !== null && upper !== null && (lower > upper || (lower === upper && !(lowerInclusive && upperInclusive)))) {
    issues.push(error("conditionNever", path, { lower, upper }));
  }
  const categories = categorical ? (raw.in ?? (raw.is === undefined ? [] : [raw.is])) : null;
  return { attribute: raw.attribute, lower, lowerInclusive, upper, upperInclusive, categories, path };
}

/**
 * Branches as written → a probability route (no option has `if`) or a conditional route:
 * conditions first, in order, then either one fallback or fallbacks with p.
 */
export function normalizeBranches(next: readonly RawBranch[], path: ModelPath, issues: IssueDraft[]): Route {
  if (!next.some((option) => option.if !== undefined)) {
    next.forEach((option, i) => {
      if (option.p === undefined) issues.push(error("branchProbabilityMissing", [...path, i]));
    });
    return { kind: "branch", options: next.map((option) => ({ to: option.to, p: option.p === undefined ? 0 : toShare(option.p) })) };
  }
  const fallbacks = next.filter((option) => option.if === undefined);
  const options: ConditionalOption[] = next.map((option, i) => {
    const at = [...path, i];
    if (option.if === undefined) {
      if (option.p === undefined && fallbacks.length > 1) issues.push(error("branchProbabilityMissing", at));
      return { to: option.to, when: null, p: option.p === undefined ? null : toShare(option.p) };
    }
    if (option.p !== undefined) issues.push(error("conditionWithP", [...at, "p"]));
    if (next.slice(0, i).some((earlier) => earlier.if === undefined)) issues.push(error("conditionAfterFallback", [...at, "if"]));
    return { to: option.to, when: normalizeCondition(option.if, [...at, "if"], issues), p: null };
  });
  if (fallbacks.length === 0) issues.push(error("conditionNoFallback", path));
  return { kind: "conditional", options };
}
