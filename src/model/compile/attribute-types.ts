/**
 * Case attributes in the normalised model: what is drawn per case, and the rules that read
 * it (route conditions, priority, durations).
 *
 * A loan application draws `amount` from a lognormal and `segment` from the shares retail
 * 70%, SME 25%, private 5% when it arrives. "Second approval" is reached only when amount >
 * 500,000; private customers are served first; an SME file takes longer at "data entry" than
 * a retail one; scanning takes 30 seconds per page. Each of these is one record below.
 */
import type { DistSpec } from "../../random/dist-spec.js";
import type { ModelPath } from "./model.js";

/** How one attribute is drawn: a number from a distribution, or one of named categories. */
export type AttributeSpec =
  | { readonly kind: "numeric"; readonly dist: DistSpec }
  | { readonly kind: "categorical"; readonly categories: readonly string[]; readonly shares: readonly number[] };

/**
 * A test on one attribute: a numeric interval (`above`/`atLeast` and/or `below`/`atMost`;
 * null = no bound, so the model stays plain JSON) or a set of categories. A case without the attribute
 * (its source does not draw it) never satisfies a condition.
 */
export interface Condition {
  readonly attribute: string;
  readonly lower: number | null;
  readonly lowerInclusive: boolean;
  readonly upper: number | null;
  readonly upperInclusive: boolean;
  /** The categories that satisfy it; null for a numeric test. */
  readonly categories: readonly string[] | null;
  readonly path: ModelPath;
}

/** One option of a conditional route: a condition, or none (a fallback, with or without p). */
export interface ConditionalOption {
  readonly to: string;
  /** Null for a fallback option. */
  readonly when: Condition | null;
  /** The probability of a fallback option among the fallbacks; null when written without p. */
  readonly p: number | null;
}

/**
 * A queue priority read from an attribute: the value itself (a numeric attribute: larger
 * amounts first), or a value per category (`values`, others `otherwise`).
 */
export interface PriorityRule {
  readonly attribute: string;
  /** Priority per category; null for a numeric attribute (the value is the priority). */
  readonly values: Readonly<Record<string, number>> | null;
  readonly otherwise: number;
  readonly path: ModelPath;
}

/**
 * A duration that depends on an attribute. `byCategory`: one distribution per category
 * (`otherwise` for the rest); `scaled`: the step's base duration times the attribute's value.
 * Either way the draw is the step's own (same stream, same counters); only its mapping to
 * minutes depends on the attribute, so common random numbers hold.
 */
export type DurationRule =
  | {
      readonly kind: "byCategory";
      readonly attribute: string;
      readonly values: Readonly<Record<string, DistSpec>>;
      readonly otherwise: DistSpec | null;
      readonly path: ModelPath;
    }
  | { readonly kind: "scaled"; readonly attribute: string; readonly path: ModelPath };
