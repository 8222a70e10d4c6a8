/**
 * Parallel-work statistics: per join the parallel time, the synchronisation delay and the
 * late parts withdrawn; per branch (by its first step) the parts' times and how often the
 * branch was the critical one.
 *
 * Loan file #812 forks at 10:00; its valuation part is back at 11:10, its credit check at
 * 12:40: the join "checks done" records a parallel time of 160 min and 90 min of
 * synchronisation delay over 2 parts; branch "collateral valuation" a time of 70 min,
 * branch "credit check" 160 min and one critical release. Observations count from the end
 * of warm-up on, by the time of the release (or of the part's arrival).
 */
import type { CollectorLayout } from "./observer.js";
import type { BranchFacts, JoinFacts } from "./kpis/join-kpis.js";
import { Welford } from "./welford.js";

class JoinStats implements JoinFacts {
  readonly spans = new Welford();
  syncDelay = 0;
  parts = 0;
  withdrawn = 0;
}

class BranchStats implements BranchFacts {
  readonly times = new Welford();
  critical = 0;
  releases = 0;
}

/** The join step names of a layout, in fork order (the join family's subjects). */
export function joinSubjects(layout: CollectorLayout): string[] {
  return (layout.forkJoins ?? []).map((f) => layout.steps[f.join]);
}

/** The distinct first steps of branches, in fork and branch order (the branch family's subjects). */
export function branchSubjects(layout: CollectorLayout): string[] {
  return [...new Set((layout.forkJoins ?? []).flatMap((f) => f.branches))];
}

/** Collects the fork-join statistics of one replication. */
export class JoinCollector {
  private readonly joins: JoinStats[];
  private readonly branches: BranchStats[];
  /** By step id: the join's index, or -1. */
  private readonly joinIndex: Int32Array;
  /** By join index, by branch position: the branch subject's index. */
  private readonly branchIndex: Int32Array[];
  /** By join index: its distinct branch subjects. */
  private readonly joinBranches: Int32Array[];

  constructor(private readonly layout: CollectorLayout) {
    const forkJoins = layout.forkJoins ?? [];
    const subjects = branchSubjects(layout);
    this.joins = forkJoins.map(() => new JoinStats());
    this.branches = subjects.map(() => new BranchStats());
    this.joinIndex = new Int32Array(layout.steps.length).fill(-1);
    forkJoins.forEach((f, j) => (this.joinIndex[f.join] = j));
    this.branchIndex = forkJoins.map((f) => Int32Array.from(f.branches, (name) => subjects.indexOf(name)));
    this.joinBranches = this.branchIndex.map((list) => Int32Array.from(new Set(list)));
  }

  /** A part of branch `branch` reached `join` after `sinceFork` minutes. */
  partJoined(t: number, join: number, branch: number, sinceFork: number): void {
    if (t < this.layout.warmup) return;
    this.branches[this.branchIndex[this.joinIndex[join]][branch]].times.add(sinceFork);
  }

  /** A late part of `join` was withdrawn. */
  partWithdrawn(t: number, join: number): void {
    if (t >= this.layout.warmup) this.joins[this.joinIndex[join]].withdrawn += 1;
  }

  /** `join` released a case (see SimObserver.onJoin). */
  released(t: number, join: number, span: number, syncDelay: number, parts: number, critical: number): void {
    if (t < this.layout.warmup) return;
    const j = this.joinIndex[join];
    const stats = this.joins[j];
    stats.spans.add(span);
    stats.syncDelay += syncDelay;
    stats.parts += parts;
    const distinct = this.joinBranches[j];
    for (let i = 0; i < distinct.length; i++) this.branches[distinct[i]].releases += 1;
    this.branches[this.branchIndex[j][critical]].critical += 1;
  }

  /** Facts of each join, in subject order. */
  joinFacts(): readonly JoinFacts[] {
    return this.joins;
  }

  /** Facts of each branch subject, in subject order. */
  branchFacts(): readonly BranchFacts[] {
    return this.branches;
  }
}
