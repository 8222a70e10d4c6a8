/**
 * References that a removed step leaves behind in the merged model, reported at the change.
 *
 * A proposal removes step "correction", but "data entry" of the base model still sends its
 * errors there (`errors: { rate: 3%, to: correction }`). The merged model's checks say step
 * "correction" is not defined, at the base file's line that names it, where it is defined;
 * the cause is the change. Such an issue moves to the `removeStep` (or `mergeSteps`) that took
 * the step away and says what the change leaves dangling: `found removing "correction" leaves
 * errors.to of step "data entry" without a step; …`. Routes, arrival starts, fork branches
 * and service levels are rewired by the changes themselves; this catches every other kind
 * (errors.to, escalation, overflow and send-to steps, a join, …) without listing them.
 */
import { error, formatPath, wordIssue, type ModelIssue } from "../source/issues.js";
import type { ModelPath } from "../compile/model.js";
import { locatePath } from "../source/yaml-source.js";
import type { Origin, Provenance } from "./provenance.js";

/** A step a change took out of the model: where the change names it and what it did. */
export interface RemovedStep {
  readonly origin: Origin;
  /** The change's act, e.g. `removing "correction"` or `merging "scan" into "intake"`. */
  readonly verb: string;
}

/** The kind of element each top-level list of a model holds. */
const ELEMENTS: Readonly<Record<string, string>> = { steps: "step", arrivals: "source", serviceLevels: "service level" };

/** The reference at a merged-model path in words: `errors.to of step "data entry"`. */
export function referenceAt(model: Readonly<Record<string, unknown>>, path: ModelPath): string {
  const [head, key, ...rest] = path;
  const field = rest.length > 0 ? formatPath(rest) : "a reference";
  const list = typeof head === "string" ? model[head] : undefined;
  const element = Array.isArray(list) && typeof key === "number" ? (list[key] as { name?: unknown } | undefined) : undefined;
  if (typeof head === "string" && ELEMENTS[head] && typeof element?.name === "string") return `${field} of ${ELEMENTS[head]} ${JSON.stringify(element.name)}`;
  if (head === "resources" && typeof key === "string") return `${field} of pool ${JSON.stringify(key)}`;
  return formatPath(path);
}

/**
 * The issue restated at the change that removed the step it names, or null when it is not
 * about a removed step, or when a later change wrote the reference itself (then the issue
 * already stands at that change, naming a step that is not defined).
 */
export function leftBehind(
  issue: ModelIssue,
  model: Readonly<Record<string, unknown>>,
  provenance: Provenance,
  removed: ReadonlyMap<string, RemovedStep>,
): ModelIssue | null {
  if (issue.code !== "unknownStep" && issue.code !== "unknownReworkStep") return null;
  const gone = removed.get(issue.params.name);
  if (!gone || provenance.trace(model, issue.path)?.path[0] === "changes") return null;
  const where = referenceAt(model, issue.path);
  const draft = error("invalidValue", gone.origin.path, {
    found: `${gone.verb} leaves ${where} without a step`,
    expected: `keep ${JSON.stringify(issue.params.name)}, or make ${where} name another step in the base model`,
  });
  return { ...draft, file: gone.origin.source.file, ...locatePath(gone.origin.source.yaml, gone.origin.path, false), message: wordIssue(draft) };
}
