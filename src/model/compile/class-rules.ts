/**
 * Class rules in the normalised model, and the patience a source's cases get from them.
 *
 * Callers of class "private" with `classes: { private: { patience: exp(6min) } }` and a source
 * "private line" without patience of its own abandon after exp(6min) at every line they join;
 * a source "retail line" of class "retail" with `patience: exp(2min)` keeps its own. The
 * step's `patienceByClass` and `patience` still come first (compile-admission.ts).
 */
import type { DistSpec } from "../../random/dist-spec.js";
import type { ArrivalSource, Model, ModelPath } from "./model.js";

/** The rules of one case class (from `classes:`). */
export interface CaseClassRules {
  /** Patience at every line the class's cases join; null = none declared for the class. */
  readonly patience: DistSpec | null;
  readonly path: ModelPath;
}

/** The patience of `source`'s cases wherever no step rule applies: its own, else its class's, else none. */
export function sourcePatience(model: Model, source: ArrivalSource): DistSpec | null {
  return source.patience ?? model.classes?.[source.class]?.patience ?? null;
}
