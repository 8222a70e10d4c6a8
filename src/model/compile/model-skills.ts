/**
 * Normalised form of skills-based routing, preemption and escalation timers (the `Model`
 * contract; see schema-skills.ts for the YAML).
 *
 * "Mortgage advice is served by mortgage specialists, else by universal agents in 9 minutes"
 * becomes a `SkillRouting` with two options in preference order, durations in minutes; "a
 * file waiting 2 working days goes to team lead review" an `Escalation` of 960 working
 * minutes with target step "team lead review".
 */
import type { DistSpec } from "../../random/dist-spec.js";
import type { ModelPath } from "./model.js";

/** How a step picks among its free pools (docs/model-language.md#skills-based-routing). */
export type ChooseRule = "preference" | "longestIdle" | "random";
/** Which waiting work a freed agent takes. */
export type TakesRule = "priority" | "ownFirst" | "longestWaiting";

/** One pool that may serve a skills-routed step. */
export interface SkillOption {
  readonly resource: string;
  readonly units: number;
  /** Handling time when this pool serves; null = the step's duration. */
  readonly duration: DistSpec | null;
  readonly path: ModelPath;
}

/** The pools of a skills-routed step, most preferred first, and the rule among free ones. */
export interface SkillRouting {
  readonly options: readonly SkillOption[];
  readonly choose: ChooseRule;
}

/** An escalation timer of a step's waiting line. */
export interface Escalation {
  /** Minutes (elapsed, or working minutes of the model's calendar). */
  readonly after: number;
  readonly clock: "elapsed" | "working";
  /** Whether the time counts from joining the line or from the case's arrival. */
  readonly since: "joining" | "arrival";
  /** Step the case is moved to; null when it only gains priority. */
  readonly to: string | null;
  /** Priority the case is raised to; null when it is moved. */
  readonly priority: number | null;
  /** The raised case interrupts a lower priority in service as an arrival would (absent: false). */
  readonly preempt?: boolean;
  readonly path: ModelPath;
}
