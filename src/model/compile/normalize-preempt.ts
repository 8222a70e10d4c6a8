/**
 * `preempt` of a pool or step in normal form: whether the step is preemptive, and what
 * happens to the case it interrupts.
 *
 * `preempt: true` is { preempt: true } (interrupted cases resume); `preempt: { interrupted:
 * send, sendTo: callbacks }` on the advisers is { preempt: true, preempted: { interrupted:
 * "send", sendTo: "callbacks" } }: a standard call a VIP interrupts goes on to the callbacks.
 */
import type { ModelPath } from "./model.js";
import type { RawStep } from "../schema/schema.js";
import type { PREEMPTED_RULES } from "../schema/schema-skills.js";

/** What happens to a case a higher priority interrupts. */
export interface PreemptedRule {
  readonly interrupted: (typeof PREEMPTED_RULES)[number];
  /** The step sent cases go to (interrupted: send); null when not given. */
  readonly sendTo: string | null;
  readonly path: ModelPath;
}

/** The normalised preemption fields, present only when written. */
export function normalizePreempt(raw: RawStep["preempt"], path: ModelPath): { preempt?: boolean; preempted?: PreemptedRule } {
  if (raw === undefined) return {};
  if (typeof raw === "boolean") return { preempt: raw };
  return { preempt: true, preempted: { interrupted: raw.interrupted, sendTo: raw.sendTo ?? null, path: [...path, "preempt"] } };
}
