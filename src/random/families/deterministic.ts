/**
 * Deterministic: a fixed time, such as a 2-minute identity check (`2`, `"2min"` or
 * `{ deterministic: { value: 2 } }`). Reads no draw.
 */
import { num, ruleProblem, type DistFamily } from "./family.js";

/** Always `value`. */
export type DeterministicSpec = { readonly kind: "deterministic"; readonly value: number };

/** The deterministic family. */
export const deterministic: DistFamily<DeterministicSpec> = {
  kind: "deterministic",
  summary: "Always the same value.",
  params: { value: { type: "time", doc: "The fixed value." } },
  docs: { notes: "Always `value`." },
  build: (p) => ({ kind: "deterministic", value: num(p, "value") }),
  check: (spec, timed) => (timed ? ruleProblem("value", spec.value, "nonNegative") : []),
  undefinedBecause: (spec) => (Number.isFinite(spec.value) ? null : `value must be a finite number (got ${spec.value})`),
  mean: (spec) => spec.value,
  variance: () => 0,
  support: (spec) => [spec.value, spec.value],
  plan: (spec) => ({ kernel: "constant", params: [spec.value] }),
  scaleTime: (spec, f) => ({ ...spec, value: spec.value * f }),
};
