/**
 * Which change of a proposal left a pool with no step: the warning "pool … performs no step"
 * of a proposal is placed at that change, not at the pool in the base file.
 *
 * "RPA and one approval level" removes the step "first approval", the team leads' only step:
 * its warning is reported at `changes[1].removeStep` of the proposal, where the idle team
 * leads came from.
 */
import type { Change } from "./schema.js";
import type { SourceFile, Located } from "./provenance.js";
import { locatePath } from "../source/yaml-source.js";

type RawStep = { readonly name?: unknown; readonly resource?: unknown; readonly resources?: unknown; readonly servedBy?: unknown; readonly seize?: unknown };

const poolName = (value: unknown): string | null => {
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null && "resource" in value && typeof value.resource === "string") return value.resource;
  return null;
};

/** Pool → names of the steps (as written) that seize it. */
export function poolUsers(steps: unknown): Map<string, string[]> {
  const users = new Map<string, string[]>();
  for (const step of Array.isArray(steps) ? (steps as RawStep[]) : []) {
    if (typeof step?.name !== "string") continue;
    const lists = [step.resources, step.servedBy].flatMap((list) => (Array.isArray(list) ? list : []));
    const pools = [step.resource, step.seize, ...lists].map(poolName).filter((name): name is string => name !== null);
    for (const pool of new Set(pools)) users.set(pool, [...(users.get(pool) ?? []), step.name]);
  }
  return users;
}

/** Pool → the first change naming one of the steps that seized it in the base, for pools the base used. */
export function idlingChanges(before: ReadonlyMap<string, readonly string[]>, changes: readonly Change[], source: SourceFile): Map<string, Located> {
  const found = new Map<string, Located>();
  for (const [pool, steps] of before) {
    const change = changes.find((c) => {
      const step = (c.params as { readonly step?: unknown }).step;
      return typeof step === "string" && steps.includes(step);
    });
    if (change === undefined) continue;
    const path = ["changes", change.index, change.kind];
    found.set(pool, { file: source.file, path, ...locatePath(source.yaml, path, true) });
  }
  return found;
}
