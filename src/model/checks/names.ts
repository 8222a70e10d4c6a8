/**
 * Names: unique where they must be, never reserved.
 *
 * Two steps both called "approval" would make `next: approval` ambiguous; a step called
 * "exit" would shadow leaving the process; names such as "__proto__" could reach JavaScript
 * prototypes when a model is turned into lookup tables, so they are refused everywhere.
 */
import type { Model, ModelPath } from "../compile/model.js";
import { error, formatPath, type IssueDraft } from "../source/issues.js";
import { FORBIDDEN_KEYS } from "../source/yaml-source.js";
import { checkNameText } from "./name-text.js";

function duplicates(kind: string, items: readonly { name: string; path: ModelPath }[]): IssueDraft[] {
  const first = new Map<string, ModelPath>();
  const issues: IssueDraft[] = [];
  for (const item of items) {
    const seen = first.get(item.name);
    if (seen) issues.push(error("duplicateName", [...item.path, "name"], { kind, name: item.name, first: formatPath(seen) }));
    else first.set(item.name, item.path);
  }
  return issues;
}

function forbidden(name: string, path: ModelPath): IssueDraft[] {
  return FORBIDDEN_KEYS.has(name) ? [error("forbiddenName", path, { name })] : [];
}

/** Duplicate, reserved and forbidden names; invisible characters, blank and look-alike names (name-text.ts). */
export function checkNames(model: Model): IssueDraft[] {
  const issues: IssueDraft[] = [
    ...checkNameText(model),
    ...duplicates("source", model.arrivals),
    ...duplicates("step", model.steps),
    ...duplicates("serviceLevel", model.serviceLevels),
  ];
  for (const step of model.steps) {
    if (step.name === "exit") issues.push(error("reservedName", [...step.path, "name"], { name: step.name }));
    issues.push(...forbidden(step.name, [...step.path, "name"]));
  }
  for (const source of model.arrivals) {
    issues.push(...forbidden(source.name, [...source.path, "name"]));
    if (source.class !== source.name) issues.push(...forbidden(source.class, [...source.path, "class"]));
  }
  for (const pool of model.resources) issues.push(...forbidden(pool.name, pool.path));
  for (const level of model.serviceLevels) issues.push(...forbidden(level.name, [...level.path, "name"]));
  return issues;
}
