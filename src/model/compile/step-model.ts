/**
 * The steps of the normalised model (model.ts): what each activity does, takes and where
 * the case goes next.
 *
 * The loan factory's "second review" becomes one `Step`: kind service, one analyst for a
 * lognormal duration in minutes, errors found at the final approval sent back to it, and an
 * explicit route (80% on to approval, 20% back to document review).
 */
import type { DistSpec } from "../../random/dist-spec.js";
import type { StepAdmission } from "./admission-model.js";
import type { ConditionalOption, DurationRule } from "./attribute-types.js";
import type { Escalation, SkillRouting } from "./model-skills.js";
import type { EndOfDay, ModelPath, ResourceNeed } from "./model.js";
import type { PreemptedRule } from "./normalize-preempt.js";

/** Where a case goes after a step. `to` is a step name or "exit". */
export type Route =
  | { readonly kind: "exit" }
  | { readonly kind: "goto"; readonly to: string }
  | { readonly kind: "branch"; readonly options: readonly { readonly to: string; readonly p: number }[] }
  | { readonly kind: "conditional"; readonly options: readonly ConditionalOption[] };

/**
 * What a step does with a case: `service` seizes its resources (waiting in line while they
 * are busy) for the duration; `delay` only takes time (a customer filling in a form, a
 * zero-time decision point) and never waits; `fork`/`join` split a case into parallel parts
 * and meet them again; `batch` collects cases and processes them together.
 */
export type StepKind = "service" | "delay" | "fork" | "join" | "batch";

/** Every step kind, in the order of the compiled STEP_* codes. */
export const STEP_KINDS: readonly StepKind[] = ["delay", "service", "fork", "join", "batch"];

/**
 * What a fork step does: it sends one part of the case to each branch's first step (a
 * step may be named twice: two parts start there) and the case waits at `join` until
 * the parts are back.
 */
export interface ForkSpec {
  /** First step of each branch, in branch order (part numbers are these 1-based positions). */
  readonly branches: readonly string[];
  /** The join step where the parts meet again. */
  readonly join: string;
}

/**
 * A step's mistakes: each visit's work is wrong with probability `rate`; when a checking
 * step finds the error, the case goes to `to` (docs/model-language.md, Errors and rework).
 */
export interface StepErrors {
  readonly rate: number;
  /** Step a case goes to when this step's error is found. */
  readonly to: string;
  readonly path: ModelPath;
}

/** The errors a step checks for: those pending from `from`, each found with probability `p`. */
export interface StepDetects {
  readonly from: readonly string[];
  readonly p: number;
  readonly path: ModelPath;
}

/**
 * The release rules of a batch step (docs/model-language.md#batch-steps). "File the vouchers
 * at 16:00 or every 20" is size 20, at [960]; whichever is reached first closes the batch.
 */
export interface BatchRule {
  /** Close as soon as this many cases are collected; null = no size rule. */
  readonly size: number | null;
  /** Times of day (minutes after midnight, ascending, distinct) at which it closes, on working days. */
  readonly at: readonly number[];
  /** Close when the oldest case has waited this long, minutes; null = no such rule. */
  readonly maxWait: number | null;
  /** batch: one duration for the batch; item: one per case, summed. */
  readonly durationPer: "batch" | "item";
  readonly path: ModelPath;
}

/** One activity of the process. */
export interface Step {
  readonly name: string;
  /** Explicit kind (the YAML `kind:`, or `service` when it names resources, else `delay`). */
  readonly kind: StepKind;
  /** Pools seized together (all or nothing); empty = a pure delay with unlimited capacity. */
  readonly resources: readonly ResourceNeed[];
  readonly duration: DistSpec;
  /**
   * A duration read from a case attribute (attribute-types.ts); absent or null = `duration`.
   * With `byCategory`, `duration` is the `otherwise` one (else the first category's).
   */
  readonly durationBy?: DurationRule | null;
  /** Resolved route (the implicit "next step" already made explicit). */
  readonly next: Route;
  /** End-of-day rule declared on the step itself; absent or null = its pool's or calendar's. */
  readonly endOfDay?: EndOfDay | null;
  /** Kind fork only: its branches and join (absent for other kinds). */
  readonly fork?: ForkSpec;
  /** Kind join only: parts needed to release the case (absent = all of its fork's branches). */
  readonly need?: number;
  /** Limits, balking, patience, messages and retrials at this step (absent: none). */
  readonly admission?: StepAdmission;
  /** Error rate and correction target; absent or null = the step makes no errors. */
  readonly errors?: StepErrors | null;
  /** Upstream errors this step finds; absent or null = it checks nothing. */
  readonly detects?: StepDetects | null;
  /** A pool taken at the start of this step and kept after it until a later `release`; absent or null = none. */
  readonly seize?: ResourceNeed | null;
  /** Pools held since an earlier `seize`, given back at the end of this step; absent or null = none. */
  readonly release?: readonly string[] | null;
  /** Skills-based routing; `resources` then holds the first option (absent or null: none). */
  readonly servedBy?: SkillRouting | null;
  /** Preemptive-resume priority at this step (absent: false, unless its pool declares it). */
  readonly preempt?: boolean;
  /** What happens to the cases its preemptions interrupt (absent: its pool's rule, else they resume). */
  readonly preempted?: PreemptedRule;
  /** Escalation timer of the step's line (absent or null: none). */
  readonly escalate?: Escalation | null;
  /** The release rules of a batch step (kind batch); absent or null for other kinds. */
  readonly batch?: BatchRule | null;
  readonly path: ModelPath;
}
