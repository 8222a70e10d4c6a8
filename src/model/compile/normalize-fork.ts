/**
 * The fork and join fields of a step as written → the normalised `Step` fields.
 *
 * `- { name: checks, kind: fork, branches: [credit check, collateral valuation], join: checks done }`
 * becomes `fork: { branches: ["credit check", "collateral valuation"], join: "checks done" }`;
 * `- { name: checks done, kind: join, need: 1 }` becomes `need: 1`. A fork or join takes no
 * time and holds no resources; `branches`, `join` and `need` on a step of another kind are
 * refused where they are written (nothing accepted and ignored). Whether the names resolve
 * and every part reaches its join is checked on the whole model (checks/fork-join.ts).
 */
import type { ForkSpec, ModelPath, ResourceNeed, StepKind } from "./model.js";
import { error, type IssueDraft } from "../source/issues.js";
import type { RawStep } from "../schema/schema.js";

/**
 * The join of a fork written without `join:`: the missing key is reported here, and the checks
 * leave such a fork's join alone (a written name is never empty).
 */
export const MISSING_JOIN = "";

/** True when some fork of the steps was written without `join:` (any join may be the one it meant). */
export function hasForkWithoutJoin(steps: readonly { readonly fork?: ForkSpec }[]): boolean {
  return steps.some((step) => step.fork !== undefined && step.fork.join === MISSING_JOIN);
}

/** The fork and join fields of a normalised step (absent when the step is neither). */
export interface ForkJoinFields {
  readonly fork?: ForkSpec;
  readonly need?: number;
}

/** True for the kinds that route parts instead of doing work. */
export function isForkOrJoin(kind: StepKind | undefined): kind is "fork" | "join" {
  return kind === "fork" || kind === "join";
}

/** Issues of a fork or join step that names resources or a duration. */
export function checkForkJoinShape(raw: RawStep, needs: readonly ResourceNeed[], path: ModelPath, issues: IssueDraft[]): void {
  if (!isForkOrJoin(raw.kind)) return;
  if (needs.length > 0) issues.push(error("forkJoinResources", [...path, raw.resources !== undefined ? "resources" : "resource"], { kind: raw.kind }));
  if (raw.duration !== undefined) issues.push(error("forkJoinDuration", [...path, "duration"], { kind: raw.kind }));
}

/** The fork/join fields of step `raw`; misplaced fields are reported at their key. */
export function normalizeForkJoin(raw: RawStep, path: ModelPath, issues: IssueDraft[]): ForkJoinFields {
  const misplaced = (key: "branches" | "join" | "need", kind: "fork" | "join"): void => {
    issues.push(error("forkJoinFieldMisplaced", [...path, key], { key, kind }));
  };
  if (raw.kind !== "fork") {
    if (raw.branches !== undefined) misplaced("branches", "fork");
    if (raw.join !== undefined) misplaced("join", "fork");
  }
  if (raw.kind !== "join" && raw.need !== undefined) misplaced("need", "join");
  if (raw.kind === "fork") {
    if (raw.next !== undefined) issues.push(error("forkWithNext", [...path, "next"]));
    if (raw.branches === undefined) issues.push(error("missingKey", [...path, "branches"], { key: "branches", expected: "the first step of each parallel part" }));
    if (raw.join === undefined) issues.push(error("missingKey", [...path, "join"], { key: "join", expected: "the join step where the parts meet" }));
    return { fork: { branches: raw.branches ?? [], join: raw.join ?? MISSING_JOIN } };
  }
  if (raw.kind === "join" && raw.need !== undefined) return { need: raw.need };
  return {};
}
