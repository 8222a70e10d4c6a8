/**
 * Which change of a proposal left a pool with no step: the warning "pool … performs no step"
 * of a proposal is placed at that change, not at the pool in the base file.
 *
 * "RPA and one approval level" removes the step "first approval", the team leads' only step:
 * its warning is reported at `changes[1].removeStep` of the proposal, where the idle team
 * leads came from — not at an earlier `setDuration` of that step. The changes are followed one
 * by one, so any change that takes a pool's last step (a `mergeSteps` performed by another
 * pool, a `setResource`, an `automateStep`) is found without listing the kinds.
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

/**
 * Follows the pools' users change by change: a pool that had a step before a change and has
 * none after it was idled by that change (whatever its kind: removeStep, mergeSteps,
 * automateStep, setResource, …). A pool given a step again by a later change is no longer
 * idle; so each idle pool maps to the change after which it has had no step through to the end.
 */
export class IdlingTracker {
  private users: Map<string, string[]>;
  private readonly found = new Map<string, Located>();

  /** Starts from the steps of the model before the first change. */
  constructor(steps: unknown) {
    this.users = poolUsers(steps);
  }

  /** Notes the pools that `change` left with no step (`steps`: the model's steps after it). */
  after(change: Change, steps: unknown, source: SourceFile): void {
    const now = poolUsers(steps);
    for (const pool of this.users.keys()) {
      if (now.has(pool)) continue;
      const path = ["changes", change.index, change.kind];
      this.found.set(pool, { file: source.file, path, ...locatePath(source.yaml, path, true) });
    }
    for (const pool of now.keys()) this.found.delete(pool);
    this.users = now;
  }

  /** Pool → the change that idled it, for the pools idle after the last change. */
  get idled(): ReadonlyMap<string, Located> {
    return this.found;
  }
}
