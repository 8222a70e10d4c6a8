/**
 * Fork-join structure: every fork names existing branch steps and a join of its own, every
 * part reaches that join, and no case enters a branch or a join except through the fork.
 *
 * In a loan factory, "checks" forks into "credit check" and "collateral valuation", which
 * both go on to "checks done" (the join). A valuation that could send the file to `exit`,
 * or a "rework" step outside the fork that routes into "credit check", is refused here:
 * a part cannot leave the process on its own, and a case that was never forked would reach
 * the join. A branch of a fork is the set of steps its parts can reach before the join
 * (a nested fork inside a branch sends its own parts on, which meet at its own join).
 */
import type { Model, ModelPath, Step } from "../compile/model.js";
import { resolveEndOfDay } from "../compile/end-of-day.js";
import { MISSING_JOIN, hasForkWithoutJoin } from "../compile/normalize-fork.js";
import { error, type IssueDraft } from "../source/issues.js";
import { suggestion } from "../source/suggest.js";

/** Part numbers of a family (parent = 0) stay below this: 12 bits of the visit counter word. */
export const MAX_PARTS_PER_FAMILY = 4_096;

/** A fork with resolved indices. */
interface ForkInfo {
  readonly index: number;
  readonly step: Step;
  readonly join: number;
  readonly branches: readonly number[];
  /** Steps its parts can reach before the join. */
  readonly region: Set<number>;
}

/** Every fork-join problem of a model (none when it has no fork or join step). */
export function checkForkJoin(model: Model): IssueDraft[] {
  if (!model.steps.some((step) => step.kind === "fork" || step.kind === "join")) return [];
  const index = new Map<string, number>();
  model.steps.forEach((step, i) => {
    if (!index.has(step.name)) index.set(step.name, i);
  });
  const issues: IssueDraft[] = [];
  const forks = resolveForks(model, index, issues);
  // A fork without `join:` or `branches:` has its error from normalisation; its parts' paths cannot be followed.
  if (issues.length > 0 || forks.some((fork) => fork.step.fork?.join === MISSING_JOIN || fork.branches.length === 0)) return issues;
  const successors = successorLists(model, index);
  for (const fork of forks) issues.push(...checkRegion(model, fork, successors));
  if (issues.length > 0) return issues;
  issues.push(...checkEntries(model, forks, successors, index), ...checkNesting(forks), ...checkSendAway(model, forks), ...checkPartAdmission(model, forks));
  return issues;
}

function resolveForks(model: Model, index: Map<string, number>, issues: IssueDraft[]): ForkInfo[] {
  const names = [...index.keys()];
  const unknown = (name: string, path: ModelPath): void => {
    issues.push(error("unknownStep", path, { name, allowed: names.slice(0, 30), ...suggestion(name, names) }));
  };
  const forks: ForkInfo[] = [];
  const forksOfJoin = new Map<number, string[]>();
  model.steps.forEach((step, i) => {
    if (step.fork === undefined) return;
    const branches = step.fork.branches.map((name, b) => index.get(name) ?? (unknown(name, [...step.path, "branches", b]), -1));
    const join = index.get(step.fork.join);
    if (step.fork.join === MISSING_JOIN) {
      forks.push({ index: i, step, join: -1, branches, region: new Set() });
      return;
    }
    if (join === undefined) unknown(step.fork.join, [...step.path, "join"]);
    else if (model.steps[join].kind !== "join") issues.push(error("forkJoinNotJoin", [...step.path, "join"], { join: step.fork.join, kind: model.steps[join].kind }));
    else forksOfJoin.set(join, [...(forksOfJoin.get(join) ?? []), step.name]);
    forks.push({ index: i, step, join: join ?? -1, branches, region: new Set() });
  });
  // A fork without `join:` (reported where it is normalised) may have meant any join: none is said to lack a fork.
  const joinMissing = hasForkWithoutJoin(model.steps);
  model.steps.forEach((step, i) => {
    if (step.kind !== "join") return;
    const named = forksOfJoin.get(i) ?? [];
    if (named.length === 0 && !joinMissing) issues.push(error("joinWithoutFork", [...step.path, "name"], { name: step.name }));
    if (named.length > 1) issues.push(error("joinOfTwoForks", [...step.path, "name"], { name: step.name, forks: named }));
  });
  for (const fork of forks) {
    const join = model.steps[fork.join];
    if (join?.need !== undefined && fork.branches.length > 0 && join.need > fork.branches.length) {
      issues.push(error("joinNeedTooLarge", [...join.path, "need"], { need: join.need, branches: fork.branches.length, fork: fork.step.name }));
    }
  }
  return forks;
}

/** Where a case (or part) goes after each step; -1 = exit. A fork leads to its join and its branches. */
function successorLists(model: Model, index: Map<string, number>): number[][] {
  return model.steps.map((step) => {
    if (step.fork !== undefined) return [index.get(step.fork.join) ?? -1, ...step.fork.branches.map((name) => index.get(name) ?? -1)];
    const route = step.next;
    if (route.kind === "exit") return [-1];
    const names = route.kind === "goto" ? [route.to] : route.options.filter((o) => o.p === null || o.p > 0).map((o) => o.to);
    return names.map((name) => (name === "exit" ? -1 : index.get(name) ?? -1));
  });
}

/** Fills the fork's region; reports a part that can exit, reach its own fork, or never reach the join. */
function checkRegion(model: Model, fork: ForkInfo, successors: readonly number[][]): IssueDraft[] {
  const issues: IssueDraft[] = [];
  // A branch may start at the join itself (an empty branch: its part is back at once).
  for (const b of fork.branches) if (b !== fork.join) fork.region.add(b);
  const stack = [...fork.region];
  while (stack.length > 0) {
    const s = stack.pop() as number;
    for (const next of successors[s]) {
      if (next === -1) issues.push(error("partExits", [...model.steps[s].path, "next"], { fork: fork.step.name, step: model.steps[s].name, join: model.steps[fork.join].name }));
      else if (next !== fork.join && !fork.region.has(next)) {
        fork.region.add(next);
        stack.push(next);
      }
    }
  }
  if (fork.region.has(fork.index)) issues.push(error("forkInOwnBranch", [...fork.step.path, "branches"], { fork: fork.step.name }));
  if (issues.length > 0) return issues;
  const trapped = [...fork.region].filter((s) => !reaches(s, fork.join, successors, fork.region)).sort((a, b) => a - b);
  if (trapped.length === 0) return [];
  const names = trapped.map((s) => model.steps[s].name);
  return [error("partNeverJoins", [...model.steps[trapped[0]].path, "next"], { fork: fork.step.name, steps: names, join: model.steps[fork.join].name })];
}

function reaches(from: number, target: number, successors: readonly number[][], within: Set<number>): boolean {
  const seen = new Set([from]);
  const stack = [from];
  while (stack.length > 0) {
    for (const next of successors[stack.pop() as number]) {
      if (next === target) return true;
      if (next >= 0 && within.has(next) && !seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return false;
}

/** A branch step or a join reached from outside the fork, or cases starting inside a branch. */
function checkEntries(model: Model, forks: readonly ForkInfo[], successors: readonly number[][], index: Map<string, number>): IssueDraft[] {
  const issues: IssueDraft[] = [];
  for (const fork of forks) {
    const inside = (s: number): boolean => s === fork.index || fork.region.has(s);
    successors.forEach((list, from) => {
      if (inside(from)) return;
      for (const to of list) {
        const args = { from: model.steps[from].name, fork: fork.step.name };
        if (fork.region.has(to)) issues.push(error("branchEnteredOutside", [...model.steps[from].path, "name"], { step: model.steps[to].name, ...args }));
        if (to === fork.join && model.steps[from].fork?.join !== model.steps[to].name) issues.push(error("joinEnteredOutside", [...model.steps[from].path, "name"], { join: model.steps[to].name, ...args }));
      }
    });
    for (const source of model.arrivals) {
      const start = index.get(source.firstStep);
      if (start !== undefined && (fork.region.has(start) || start === fork.join)) {
        issues.push(error("startInBranch", [...source.path, "start"], { step: source.firstStep, fork: fork.step.name }));
      }
    }
  }
  return issues;
}

/** Part numbers in mixed radix over nested forks must stay below MAX_PARTS_PER_FAMILY. */
function checkNesting(forks: readonly ForkInfo[]): IssueDraft[] {
  const issues: IssueDraft[] = [];
  for (const fork of forks) {
    const outer = forks.filter((f) => f !== fork && f.region.has(fork.index)).sort((a, b) => b.region.size - a.region.size);
    let largest = 0;
    for (const f of [...outer, fork]) largest = largest * (f.branches.length + 1) + f.branches.length;
    if (largest >= MAX_PARTS_PER_FAMILY) issues.push(error("tooManyParts", [...fork.step.path, "branches"], { fork: fork.step.name, parts: largest, limit: MAX_PARTS_PER_FAMILY - 1 }));
  }
  return issues;
}

/** A step in a branch whose end-of-day rule sends cases away. */
function checkSendAway(model: Model, forks: readonly ForkInfo[]): IssueDraft[] {
  const rules = resolveEndOfDay(model);
  const issues: IssueDraft[] = [];
  for (const fork of forks) {
    for (const s of [...fork.region].sort((a, b) => a - b)) {
      const rule = rules[s];
      if (rule !== null && rule.rule === "sendAway") issues.push(error("partSentAway", rule.path, { step: model.steps[s].name, fork: fork.step.name }));
    }
  }
  return issues;
}

/** The admission rules of step `s` (its own, and limits of the pools it needs) that could take a part out of the process. */
function admissionRulesOf(model: Model, s: number): string[] {
  const step = model.steps[s];
  const a = step.admission;
  const own = a
    ? [
        a.maxWaiting !== null ? "maxWaiting" : "", a.maxInSystem !== null ? "maxInSystem" : "", a.balk !== null ? "balk" : "",
        a.patience !== null || Object.keys(a.patienceByClass).length > 0 ? "patience" : "", a.message !== null ? "message" : "", a.retry !== null ? "retry" : "",
      ]
    : [];
  const pools = step.resources.flatMap((need) => {
    const pool = model.resources.find((r) => r.name === need.resource);
    return pool && (pool.maxWaiting !== undefined || pool.maxInSystem !== undefined) ? [`the limit of pool "${pool.name}"`] : [];
  });
  return [...own.filter((rule) => rule !== ""), ...pools];
}

/** A step in a branch with admission rules: a part blocked, balking or leaving a message would never reach the join. */
function checkPartAdmission(model: Model, forks: readonly ForkInfo[]): IssueDraft[] {
  const issues: IssueDraft[] = [];
  for (const fork of forks) {
    for (const s of [...fork.region].sort((a, b) => a - b)) {
      const rules = admissionRulesOf(model, s);
      if (rules.length > 0) issues.push(error("partAdmission", [...model.steps[s].path, "name"], { step: model.steps[s].name, fork: fork.step.name, rules }));
    }
  }
  return issues;
}

/** Steps inside the branches of some fork (before its join); empty for a model without forks. */
export function stepsInForkBranches(model: Model): Set<number> {
  const inside = new Set<number>();
  if (!model.steps.some((step) => step.kind === "fork")) return inside;
  const index = new Map<string, number>();
  model.steps.forEach((step, i) => {
    if (!index.has(step.name)) index.set(step.name, i);
  });
  const successors = successorLists(model, index);
  for (const fork of resolveForks(model, index, [])) {
    if (fork.join < 0) continue;
    checkRegion(model, fork, successors);
    for (const s of fork.region) inside.add(s);
  }
  return inside;
}

/** One branch of a fork: the steps its part can reach before the join. */
export interface BranchRegion {
  readonly fork: string;
  readonly steps: Set<number>;
}

/** The region of every branch of every fork (a nested fork's steps belong to the outer branch too). */
export function forkBranchRegions(model: Model): BranchRegion[] {
  if (!model.steps.some((step) => step.kind === "fork")) return [];
  const index = new Map<string, number>();
  model.steps.forEach((step, i) => {
    if (!index.has(step.name)) index.set(step.name, i);
  });
  const successors = successorLists(model, index);
  return resolveForks(model, index, []).flatMap((fork) => (fork.join < 0 ? [] : fork.branches.map((b) => {
    const steps = new Set<number>(b >= 0 && b !== fork.join ? [b] : []);
    const stack = [...steps];
    while (stack.length > 0) {
      for (const next of successors[stack.pop() as number]) {
        if (next >= 0 && next !== fork.join && next !== fork.index && !steps.has(next)) {
          steps.add(next);
          stack.push(next);
        }
      }
    }
    return { fork: fork.step.name, steps };
  })));
}
