/**
 * The registry of distribution families: family name → record.
 *
 * Every layer finds a family here: the schema lists the keys a bank's model may use
 * (`exponential`, `lognormal`, …), normalisation builds `{ kind: "gamma", shape, scale }` from
 * `{ gamma: { mean: 20min, cv: 0.5 } }`, the checks and the sampler ask the record. Adding a
 * family is its file in this folder and one line below; the order here is the order of the
 * schema and of the model reference.
 */
import { deterministic } from "./deterministic.js";
import { empirical } from "./empirical.js";
import { erlang } from "./erlang.js";
import { exponential } from "./exponential.js";
import type { DistFamily } from "./family.js";
import { gamma } from "./gamma.js";
import { histogram } from "./histogram.js";
import { lognormal } from "./lognormal.js";
import { mixture } from "./mixture.js";
import { normal } from "./normal.js";
import { pert } from "./pert.js";
import { triangular } from "./triangular.js";
import { truncated } from "./truncated.js";
import { uniform } from "./uniform.js";
import { weibull } from "./weibull.js";

/** Every family by name, in documentation order. */
export const DIST_FAMILIES = {
  exponential,
  deterministic,
  uniform,
  triangular,
  normal,
  lognormal,
  gamma,
  erlang,
  weibull,
  pert,
  empirical,
  histogram,
  mixture,
  truncated,
} as const;

/** A distribution family name. */
export type DistKind = keyof typeof DIST_FAMILIES;

/** The spec type of a family record. */
type SpecOf<F> = F extends DistFamily<infer S> ? S : never;

/** One distribution, in normalised form (time parameters in minutes). */
export type DistSpec = { [K in DistKind]: SpecOf<(typeof DIST_FAMILIES)[K]> }[DistKind];

/** The family names, as a runtime list. */
export const DIST_KINDS = Object.keys(DIST_FAMILIES) as readonly DistKind[];

/** The record of a spec's family. */
export function familyOf<S extends DistSpec>(spec: S): DistFamily<S> {
  // INVARIANT: DIST_FAMILIES[k] is the record of specs of kind k (the mapped type above).
  return DIST_FAMILIES[spec.kind] as unknown as DistFamily<S>;
}

/** The record of a family name, or undefined for a name that is no family. */
export function familyNamed(name: string): DistFamily<DistSpec> | undefined {
  return Object.prototype.hasOwnProperty.call(DIST_FAMILIES, name) ? (DIST_FAMILIES[name as DistKind] as unknown as DistFamily<DistSpec>) : undefined;
}
