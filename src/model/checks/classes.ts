/**
 * Checks of the `classes` block: every class named exists (a class is some source's
 * `class`, by default its name), its patience is a sound time distribution, and a class
 * patience that no case would ever draw is refused rather than ignored.
 *
 * `classes: { privat: … }` when the sources' classes are "private" and "retail" is reported
 * at that key with "did you mean "private"?"; `classes: { retail: { patience: … } }` when the
 * only retail source has its own patience is reported as applying nowhere.
 */
import type { Model } from "../compile/model.js";
import { error, type IssueDraft } from "../source/issues.js";
import { suggestion } from "../source/suggest.js";
import { checkDist } from "./dist-params.js";

/** Every problem of the model's class rules. */
export function checkClasses(model: Model): IssueDraft[] {
  if (model.classes === undefined) return [];
  const classes = [...new Set(model.arrivals.map((source) => source.class))];
  const issues: IssueDraft[] = [];
  for (const [name, rules] of Object.entries(model.classes)) {
    if (!classes.includes(name)) {
      issues.push({ ...error("unknownClass", rules.path, { name, allowed: classes.slice(0, 30), ...suggestion(name, classes) }), atKey: true });
      continue;
    }
    if (rules.patience === null) continue;
    const at = [...rules.path, "patience"];
    issues.push(...checkDist(rules.patience, at, true));
    const sources = model.arrivals.filter((source) => source.class === name);
    if (sources.every((source) => source.patience !== null)) {
      issues.push(error("classPatienceUnused", at, { name, sources: sources.map((source) => source.name) }));
    }
  }
  return issues;
}
