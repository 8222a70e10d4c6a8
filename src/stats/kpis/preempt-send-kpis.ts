/**
 * KPIs of preempted work sent elsewhere (docs/model-language.md, Preemptive-resume priority,
 * `preempt: { interrupted: send }`): the cases a higher priority interrupted at a step that
 * went on to its `sendTo` step, and their share of the services started there.
 *
 * The advisers started 400 standard calls in a day and VIP calls interrupted 18 of them,
 * each sent to the callbacks queue: `preempted.sent` 18, `preempted.sent.share` 0.045.
 */
import { ratioOrNull } from "../numbers.js";
import type { StepEventFacts } from "./skill-kpis.js";
import { kpiRecords } from "./record.js";

/** Interrupted cases sent elsewhere from a preemptive step (scope step). */
export const PREEMPT_SEND_KPIS = kpiRecords<StepEventFacts>([
  { metric: "preempted.sent", label: "Interrupted cases sent elsewhere from {s}", labelZh: "{s}被中断后转出案件数", unit: "count", better: "lower",
    definition: "Cases in service at the step that a case of higher priority interrupted and that went on to the step's sendTo step instead of resuming.",
    value: (f) => f.count },
  { metric: "preempted.sent.share", label: "Share of services at {s} sent elsewhere", labelZh: "{s}服务被中断转出占比", unit: "share", better: "lower",
    definition: "Interrupted cases sent elsewhere divided by the starts of service at the step.",
    value: (f) => ratioOrNull(f.count, f.step.visits) },
]);
