/**
 * Case attributes: each has one kind across the sources, every rule names an attribute some
 * source draws (and a category it has), and nothing is drawn that nothing reads.
 *
 * A loan factory that routes on `amout` is told "attribute "amout" is not drawn by any
 * source; did you mean "amount"?" at that line; `is: privat` on segment gets "did you mean
 * "private"?"; a numeric `amount` that no route, priority or duration reads is reported as a
 * warning at its key (categories are never idle: they get KPIs per category).
 */
import type { Model, ModelPath } from "../compile/model.js";
import { error, warning, type IssueDraft } from "../source/issues.js";
import { pathText } from "../compile/compile.js";
import { checkAttributeRules, type AttributeKinds } from "./attribute-rules.js";

/** The kind and categories of every attribute, from the first source that declares it. */
function attributeKinds(model: Model, issues: IssueDraft[]): AttributeKinds {
  const kinds: AttributeKinds = new Map();
  for (const source of model.arrivals) {
    for (const [name, spec] of Object.entries(source.attributes)) {
      const path: ModelPath = [...source.path, "attributes", name];
      const known = kinds.get(name);
      if (known === undefined) {
        kinds.set(name, { categorical: spec.kind === "categorical", categories: spec.kind === "categorical" ? [...spec.categories] : [], path });
        continue;
      }
      if (known.categorical !== (spec.kind === "categorical")) issues.push(error("attributeKindConflict", path, { attribute: name, first: pathText(known.path) }));
      if (spec.kind === "categorical") for (const c of spec.categories) if (!known.categories.includes(c)) known.categories.push(c);
    }
  }
  return kinds;
}

/** Names of the attributes some rule reads. */
function readAttributes(model: Model): Set<string> {
  const read = new Set<string>();
  for (const source of model.arrivals) if (source.priorityBy) read.add(source.priorityBy.attribute);
  for (const source of model.arrivals) if (source.appointments?.noShowBy) read.add(source.appointments.noShowBy.attribute);
  for (const step of model.steps) {
    if (step.durationBy) read.add(step.durationBy.attribute);
    if (step.next.kind === "conditional") for (const option of step.next.options) if (option.when) read.add(option.when.attribute);
  }
  return read;
}

/** Kinds, references, rule shapes and attributes nothing reads (a warning per source). */
export function checkAttributes(model: Model): IssueDraft[] {
  const issues: IssueDraft[] = [];
  const kinds = attributeKinds(model, issues);
  issues.push(...checkAttributeRules(model, kinds));
  const read = readAttributes(model);
  for (const source of model.arrivals) {
    const idle = Object.entries(source.attributes).filter(([name, spec]) => spec.kind === "numeric" && !read.has(name)).map(([name]) => name);
    if (idle.length > 0) issues.push({ ...warning("attributesIgnored", [...source.path, "attributes"], { source: source.name, names: idle }), atKey: true });
  }
  return issues;
}
