/**
 * Normalises `servedBy`, `choose`, `preempt` and `escalate` of a step and `takes`/`preempt`
 * of a pool (schema-skills.ts) into the `Model` contract (model-skills.ts).
 *
 * `servedBy: [{ resource: specialists }, { resource: universal agents, duration: 9min }]`
 * becomes two options with durations in minutes; the step's `resources` then hold the first
 * option, so a skills step is a service step seizing its preferred pool by default.
 * `escalate: { after: 2d, to: team lead review }` becomes 2880 minutes and a target step.
 */
import type { ModelPath, ResourceNeed } from "./model.js";
import { normalizePreempt, type PreemptedRule } from "./normalize-preempt.js";
import type { Escalation, SkillRouting } from "./model-skills.js";
import type { RawStep } from "../schema/schema.js";
import { error, type IssueDraft } from "../source/issues.js";
import { normalizeDist } from "./normalize-dist.js";
import { MINUTES_PER_YEAR, toMinutes, type TimeUnit } from "../schema/units.js";
import { LIMITS } from "../schema/limits.js";

/** The step's skills routing (null when it has none), with located issues. */
export function normalizeServedBy(raw: RawStep, path: ModelPath, unit: TimeUnit, issues: IssueDraft[]): SkillRouting | null {
  if (raw.servedBy === undefined) {
    if (raw.choose !== undefined) issues.push(error("chooseWithoutServedBy", [...path, "choose"]));
    return null;
  }
  if (raw.resource !== undefined || raw.resources !== undefined) {
    issues.push(error("servedByConflict", [...path, raw.resource !== undefined ? "resource" : "resources"]));
  }
  const options = raw.servedBy.map((option, i) => {
    const at: ModelPath = [...path, "servedBy", i];
    const duration = option.duration === undefined ? null : normalizeDist(option.duration, { unit, timed: true }, [...at, "duration"], issues);
    return { resource: option.resource, units: option.units ?? 1, duration, path: at };
  });
  return { options, choose: raw.choose ?? "preference" };
}

/** The needs a skills step seizes by default: its first (preferred) option. */
export function firstOptionNeed(routing: SkillRouting): ResourceNeed[] {
  const first = routing.options[0];
  return [{ resource: first.resource, units: first.units }];
}

/** The step's escalation timer (null when it has none), with located issues. */
export function normalizeEscalation(raw: RawStep, path: ModelPath, unit: TimeUnit, issues: IssueDraft[]): Escalation | null {
  const spec = raw.escalate;
  if (spec === undefined) return null;
  const at: ModelPath = [...path, "escalate"];
  if ((spec.to === undefined) === (spec.priority === undefined)) issues.push(error("escalateOutcome", at));
  let after = toMinutes(spec.after, unit);
  if (!(after > 0) || after > LIMITS.horizonYears * MINUTES_PER_YEAR) {
    issues.push(error("tooSmall", [...at, "after"], { found: spec.after, minimum: 0, inclusive: false }));
    after = 1;
  }
  return {
    after,
    clock: spec.clock ?? "elapsed",
    since: spec.since ?? "joining",
    to: spec.to ?? null,
    priority: spec.to === undefined ? (spec.priority ?? null) : null,
    ...(spec.preempt === undefined ? {} : { preempt: spec.preempt }),
    path: at,
  };
}

/** The optional skills fields of a normalised step, present only when written. */
export function stepSkillFields(raw: RawStep, path: ModelPath, unit: TimeUnit, issues: IssueDraft[]): {
  servedBy?: SkillRouting;
  preempt?: boolean;
  preempted?: PreemptedRule;
  escalate?: Escalation;
} {
  const servedBy = normalizeServedBy(raw, path, unit, issues);
  const escalate = normalizeEscalation(raw, path, unit, issues);
  return {
    ...(servedBy === null ? {} : { servedBy }),
    ...normalizePreempt(raw.preempt, path),
    ...(escalate === null ? {} : { escalate }),
  };
}
