/**
 * Admission rules in the normalised model: limits, balking, patience per step and class,
 * messages and retrials (docs/model-language.md, Admission), in minutes and shares.
 *
 * "At most 10 callers wait for an agent; the rest hear a busy tone and 70% call back after
 * about 10 minutes" is a `StepAdmission` with maxWaiting 10, whenFull lost and a retry rule
 * { p: 0.7, after: exponential(10), max: 1 }.
 */
import type { DistSpec } from "../../random/dist-spec.js";

/** A YAML path (as in model.ts). */
type Path = readonly (string | number)[];

/** Customers who did not get through try again. */
export interface RetryRule {
  /** Probability of trying again after each failed attempt. */
  readonly p: number;
  /** Time to the next attempt, minutes. */
  readonly after: DistSpec;
  /** Most retrials per customer. */
  readonly max: number;
  readonly path: Path;
}

/** Balking: by a threshold (balks when more than `above` wait) or by probabilities by length. */
export interface BalkRule {
  readonly above: number | null;
  /** p[n]: probability of balking when n cases wait (the last entry holds beyond). */
  readonly p: readonly number[] | null;
  readonly path: Path;
}

/** The message offer: after `after` minutes in line, with probability p, to step `to`. */
export interface MessageRule {
  readonly after: number;
  readonly p: number;
  readonly to: string;
  /** Priority the callback gets from the message on (absent: the caller's own). */
  readonly priority?: number;
  readonly path: Path;
}

/** The admission rules of one step; every field absent or null = none. */
export interface StepAdmission {
  readonly maxWaiting: number | null;
  readonly maxInSystem: number | null;
  /** Overflow step of blocked cases; null = lost (or retry). */
  readonly overflowTo: string | null;
  /** True when `whenFull` was written (validation: it needs a limit on the step or a pool). */
  readonly whenFullGiven?: boolean;
  readonly balk: BalkRule | null;
  readonly patience: DistSpec | null;
  /** Patience by class name (overrides `patience`). */
  readonly patienceByClass: Readonly<Record<string, DistSpec>>;
  readonly message: MessageRule | null;
  readonly retry: RetryRule | null;
}
