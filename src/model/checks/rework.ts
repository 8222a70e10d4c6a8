/**
 * Errors and rework, checked by name: where an error goes must be a step, and a step can only
 * detect the errors of steps that make them.
 *
 * `errors: { rate: 3%, to: corection }` is reported at its `to` with "did you mean
 * "correction"?"; `detects: { from: [scanning] }` when scanning has no `errors` is reported at
 * that entry: there is nothing of scanning to find.
 */
import type { Model, ModelPath } from "../compile/model.js";
import { error, type IssueDraft } from "../source/issues.js";
import { suggestion } from "../source/suggest.js";

/**
 * Unknown `errors.to` and `detects.from` steps (each said with what its key is for: where an
 * erring case goes, or the steps with errors that can be detected), and detection of a step
 * without errors.
 */
export function checkRework(model: Model): IssueDraft[] {
  const names = [...new Set(model.steps.map((step) => step.name))];
  const known = new Set(names);
  const erring = new Set(model.steps.filter((step) => step.errors).map((step) => step.name));
  const issues: IssueDraft[] = [];
  const erringNames = names.filter((name) => erring.has(name));
  const unknownDetected = (name: string, path: ModelPath, altPath?: ModelPath): void => {
    const draft = error("unknownDetectedStep", path, { name, erring: erringNames.slice(0, 30), ...suggestion(name, names) });
    issues.push(altPath ? { ...draft, altPath } : draft);
  };
  for (const step of model.steps) {
    if (step.errors && !known.has(step.errors.to)) {
      issues.push(error("unknownReworkStep", [...step.errors.path, "to"], { name: step.errors.to, allowed: names.slice(0, 30), ...suggestion(step.errors.to, names) }));
    }
    const detects = step.detects;
    if (!detects) continue;
    detects.from.forEach((name, i) => {
      const path = [...detects.path, "from", i];
      // The YAML may say `from: x` or `from: [x]`; the locator picks the one present.
      const altPath = detects.from.length === 1 ? [...detects.path, "from"] : undefined;
      if (!known.has(name)) unknownDetected(name, path, altPath);
      else if (!erring.has(name)) {
        const draft = error("detectsWithoutErrors", path, { name });
        issues.push(altPath ? { ...draft, altPath } : draft);
      }
    });
  }
  return issues;
}
