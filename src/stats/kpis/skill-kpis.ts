/**
 * KPIs of skills-based routing, preemption and escalation timers: the share of a step's work
 * each servedBy pool did, interruptions at a preemptive step, escalations at a step with a
 * timer (docs/model-language.md, Skills-based routing, Preemption, Escalation).
 *
 * Mortgage advice served 720 times by specialists and 280 times by universal agents reports
 * `step/mortgage advice by universal agents/servedBy.share` = 0.28; approval with 41 of 400
 * files escalated to the team lead reports `escalated.share` 41 / 400 = 0.1025.
 */
import type { StepFacts } from "./facts.js";
import { ratioOrNull } from "../numbers.js";
import { kpiRecords } from "./record.js";
import { NON_NEGATIVE_RANGE } from "../value-range.js";

/** Services of one servedBy option and of its whole step, in the window. */
export interface SkillOptionFacts {
  readonly served: number;
  readonly stepServed: number;
}

/** Counts of the three features, by option id or step id. */
export interface SkillFacts {
  readonly options: readonly SkillOptionFacts[];
  readonly interrupted: readonly number[];
  readonly escalated: readonly number[];
  /** Interrupted cases sent elsewhere, by step. */
  readonly sent: readonly number[];
  /** The layout's preemptive steps and steps with a timer, in subject order. */
  readonly preemptiveSteps: readonly number[];
  /** The layout's preemptive steps that send interrupted cases elsewhere, in subject order. */
  readonly preemptSendSteps: readonly number[];
  readonly escalationSteps: readonly { readonly step: number; readonly moves: boolean }[];
}

/** A step's own counts with its starts of service. */
export interface StepEventFacts {
  readonly count: number;
  readonly step: StepFacts;
  /** True when the event takes the case out of the line (an escalation that moves it). */
  readonly leaves: boolean;
}

/** Work of a step by one of its servedBy pools (scope step, subject "<step> by <pool>"). */
export const SERVED_BY_KPIS = kpiRecords<SkillOptionFacts>([
  { metric: "servedBy.count", label: "Services of {s}", labelZh: "{s}服务次数", unit: "count", better: "neither",
    definition: "Starts of service at the step by this servedBy pool.",
    value: (o) => o.served },
  { metric: "servedBy.share", label: "Share of the work of {s}", labelZh: "{s}工作量占比", unit: "share", better: "neither",
    definition: "Starts of service at the step by this pool divided by all starts of service at the step.",
    value: (o) => ratioOrNull(o.served, o.stepServed) },
]);

/** Interruptions at a preemptive step (scope step). */
export const PREEMPTION_KPIS = kpiRecords<StepEventFacts>([
  { metric: "preempted.count", label: "Services interrupted at {s}", labelZh: "{s}被中断服务次数", unit: "count", better: "lower",
    definition: "Times a case in service at the step was interrupted by a case of higher priority (it resumes later).",
    value: (f) => f.count },
  { metric: "preempted.share", label: "Interruptions per service at {s}", labelZh: "{s}每次服务中断次数", unit: "share", better: "lower",
    range: NON_NEGATIVE_RANGE,
    definition: "Interruptions divided by starts of service at the step (a case interrupted twice counts twice).",
    value: (f) => ratioOrNull(f.count, f.step.visits) },
]);

/** Escalations at a step with a timer (scope step). */
export const ESCALATION_KPIS = kpiRecords<StepEventFacts>([
  { metric: "escalated.count", label: "Cases escalated at {s}", labelZh: "{s}升级业务数", unit: "count", better: "lower",
    definition: "Waiting cases whose escalation timer at the step fired (moved to another step, or raised in priority).",
    value: (f) => f.count },
  { metric: "escalated.share", label: "Share escalated at {s}", labelZh: "{s}升级比例", unit: "share", better: "lower",
    definition: "Escalated cases divided by the cases that reached service at the step or were escalated away from it (abandonments are not counted).",
    value: (f) => ratioOrNull(f.count, f.step.visits + (f.leaves ? f.count : 0)) },
]);
