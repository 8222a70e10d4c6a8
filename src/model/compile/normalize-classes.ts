/**
 * Class rules in normal form: patience in minutes, one record per declared class.
 *
 * `classes: { private: { patience: { exponential: { mean: 6 } } } }` with `timeUnit: min`
 * becomes { private: { patience: exponential(6), path: ["classes", "private"] } }.
 */
import type { ModelPath } from "./model.js";
import type { CaseClassRules } from "./class-rules.js";
import type { IssueDraft } from "../source/issues.js";
import { normalizeDist } from "./normalize-dist.js";
import type { RawClasses } from "../schema/schema-classes.js";
import type { TimeUnit } from "../schema/units.js";

/** The class rules of a model; problems are appended to `issues`. */
export function normalizeClasses(raw: RawClasses, unit: TimeUnit, issues: IssueDraft[]): Record<string, CaseClassRules> {
  const out: Record<string, CaseClassRules> = Object.create(null);
  for (const [name, rules] of Object.entries(raw)) {
    const path: ModelPath = ["classes", name];
    out[name] = {
      patience: rules.patience === undefined ? null : normalizeDist(rules.patience, { unit, timed: true }, [...path, "patience"], issues),
      path,
    };
  }
  return out;
}
