/**
 * Batch statistics of one replication: per batch step, the sizes of the batches it closed,
 * why each closed, and the total time their cases waited for the close.
 *
 * "File vouchers" closes a batch of 14 vouchers at 16:00 whose vouchers had waited 31 hours in
 * all: size 14 is added to the step's sizes, one close by the clock is counted and 1,860
 * minutes are added to the wait for the batch. Batches closed before the warm-up are not kept.
 */
import type { CollectorLayout } from "./observer.js";
import type { BatchFacts } from "./kpis/batch-kpis.js";
import type { RunWindow } from "./kpis/facts.js";
import type { RepResult } from "./result-types.js";
import { kpiKey } from "./kpis/registry.js";
import { Welford } from "./welford.js";

/** Number of close triggers (size, time of day, maxWait, end of the run). */
const TRIGGERS = 4;

class StepBatches {
  readonly sizes = new Welford();
  readonly byTrigger = new Float64Array(TRIGGERS);
  formWaitSum = 0;
}

/** Collects the batch statistics; steps that are not batch steps keep nothing. */
export class BatchCollector {
  /** By step id: its batches, or null for a step that is not a batch step. */
  private readonly steps: (StepBatches | null)[];

  constructor(private readonly layout: CollectorLayout) {
    const batchSteps = new Set(layout.batchSteps ?? []);
    this.steps = layout.steps.map((_, s) => (batchSteps.has(s) ? new StepBatches() : null));
  }

  /** Batch step `step` closed a batch (see SimObserver.onBatch). */
  batch(t: number, step: number, size: number, waitSum: number, trigger: number): void {
    const own = this.steps[step];
    if (own === null || t < this.layout.warmup) return;
    own.sizes.add(size);
    own.byTrigger[trigger] += 1;
    own.formWaitSum += waitSum;
  }

  /** The facts of the batch KPIs (kpis/batch-kpis.ts), by position in `layout.batchSteps`. */
  facts(window: RunWindow): BatchFacts[] {
    return (this.layout.batchSteps ?? []).map((s) => {
      const own = this.steps[s] as StepBatches;
      return { sizes: own.sizes, byTrigger: own.byTrigger, formWaitSum: own.formWaitSum, window };
    });
  }
}

/**
 * One warning per batch step that released partial batches only because the run was over
 * (a size rule alone, the arrivals ended): how many, in how many replications.
 */
export function batchWarnings(reps: readonly RepResult[], layout: CollectorLayout | undefined): string[] {
  if (layout === undefined) return [];
  const warnings: string[] = [];
  for (const s of layout.batchSteps ?? []) {
    const name = layout.steps[s];
    const released = reps.map((rep) => rep.kpis[kpiKey("step", name, "batch.atEnd")] ?? 0);
    const affected = released.filter((n) => n > 0).length;
    if (affected === 0) continue;
    const total = released.reduce((sum, n) => sum + n, 0);
    warnings.push(
      `${total} partial batches in ${affected} of ${reps.length} replications were released at "${name}" only because the run was over ` +
      "(a size rule alone, and the arrivals had ended): they were processed at the end of the horizon. Add batch.at or batch.maxWait " +
      "to say when a remainder is processed (docs/model-language.md, Batch steps).",
    );
  }
  return warnings;
}
