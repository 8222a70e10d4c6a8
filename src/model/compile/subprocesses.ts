/**
 * Sub-processes: steps with `use:` are replaced, at normalisation, by the steps of the named
 * group, each named "<using step>: <its own name>", so every use has its own steps and KPIs.
 *
 * "verify documents" = [check id, check income]. `{ name: verify at intake, use: verify
 * documents }` followed by "review" becomes the steps "verify at intake: check id" and
 * "verify at intake: check income", the latter going on to "review"; a route or a source that
 * names "verify at intake" goes to "verify at intake: check id". Inside a group, names of its
 * own steps refer to them, `return` leaves the group (to the using step's `next`, else the step
 * after it), `exit` leaves the process and any other name is a step of the model. Groups may use
 * other groups, never themselves. The expanded steps keep the YAML path of their definition,
 * so a problem in "check id" is reported where "check id" is written.
 */
import type { ModelPath } from "./model.js";
import { error, type IssueDraft } from "../source/issues.js";
import { suggestion } from "../source/suggest.js";
import type { RawModel, RawStep } from "../schema/schema.js";

/** What `next` may name inside a sub-process to leave it. */
export const RETURN_TARGET = "return";

/** Separates the using step's name from the sub-process step's name. */
export const USE_SEPARATOR = ": ";

/** The steps of another file's sub-processes, or null when the file cannot be used (its issue already reported). */
export type ExternalSubprocesses = (file: string, path: ModelPath, issues: IssueDraft[]) => Readonly<Record<string, readonly RawStep[]>> | null;

/** The flat step list, each step with its YAML path, and where the names of use steps lead. */
export interface ExpandedSteps {
  readonly steps: RawStep[];
  readonly paths: ModelPath[];
  /** A use step's name → the name of its first expanded step (top level only). */
  readonly entries: ReadonlyMap<string, string>;
}

/** One list being expanded: its steps, where they are written, and how names are read in it. */
interface ListContext {
  readonly prefix: string;
  readonly pathOf: (j: number) => ModelPath;
  /** Where the last step goes by default and what `return` means; null at the top level. */
  readonly continuation: string | null;
  /** Sub-processes being expanded (recursion guard). */
  readonly stack: readonly string[];
  readonly library: Readonly<Record<string, readonly RawStep[]>>;
  readonly libraryPath: (name: string) => ModelPath;
  readonly external: ExternalSubprocesses | null;
}

/** Expands every use step of the model; models without sub-processes come back unchanged. */
export function expandSubprocesses(raw: RawModel, issues: IssueDraft[], external: ExternalSubprocesses | null = null): ExpandedSteps {
  const library = raw.subprocesses ?? {};
  if (!raw.steps.some((step) => step.use !== undefined)) return { steps: [...raw.steps], paths: raw.steps.map((_, i) => ["steps", i]), entries: new Map() };
  const out: ExpandedSteps = { steps: [], paths: [], entries: new Map() };
  const context: ListContext = { prefix: "", pathOf: (j) => ["steps", j], continuation: null, stack: [], library, libraryPath: (name) => ["subprocesses", name], external };
  expandList(raw.steps, context, out, issues, external);
  return out;
}

/** The steps a use step runs, with where they are written; null when it names none (reported). */
function resolveUse(step: RawStep, at: ModelPath, context: ListContext, issues: IssueDraft[], external: ExternalSubprocesses | null): { name: string; steps: readonly RawStep[]; pathOf: (j: number) => ModelPath } | null {
  const use = step.use as NonNullable<RawStep["use"]>;
  const name = typeof use === "string" ? use : use.name;
  const library = typeof use === "string" ? context.library : external === null ? null : external(use.file, [...at, "use", "file"], issues);
  if (library === null) return null;
  const steps = Object.hasOwn(library, name) ? library[name] : undefined;
  const namePath = typeof use === "string" ? [...at, "use"] : [...at, "use", "name"];
  if (steps === undefined) {
    const known = Object.keys(library);
    issues.push(error("unknownSubprocess", namePath, { name, allowed: known.slice(0, 30), ...suggestion(name, known) }));
    return null;
  }
  const key = typeof use === "string" ? name : `${use.file}#${name}`;
  if (context.stack.includes(key)) {
    issues.push(error("subprocessRecursion", namePath, { name, chain: [...context.stack, key] }));
    return null;
  }
  const base = typeof use === "string" ? context.libraryPath(name) : [...at, "use"];
  return { name: key, steps, pathOf: (j) => (typeof use === "string" ? [...base, j] : base) };
}

/** The name a step of `list` is entered by, after expansion (a use step: its first step). */
function entryName(step: RawStep, prefix: string, context: ListContext): string {
  if (step.use === undefined) return prefix + step.name;
  const use = step.use;
  const library = typeof use === "string" ? context.library : context.external === null ? null : context.external(use.file, [], []);
  const name = typeof use === "string" ? use : use.name;
  const key = typeof use === "string" ? name : `${use.file}#${name}`;
  const inner = library !== null && Object.hasOwn(library, name) ? library[name] : undefined;
  if (inner === undefined || inner.length === 0 || context.stack.includes(key)) return prefix + step.name;
  return entryName(inner[0], prefix + step.name + USE_SEPARATOR, { ...context, stack: [...context.stack, key] });
}

function expandList(list: readonly RawStep[], context: ListContext, out: ExpandedSteps, issues: IssueDraft[], external: ExternalSubprocesses | null): void {
  const local = new Map(list.map((step) => [step.name, entryName(step, context.prefix, context)]));
  const rename = (to: string): string => (to === RETURN_TARGET && context.continuation !== null ? context.continuation : (local.get(to) ?? to));
  list.forEach((step, j) => {
    const at = context.pathOf(j);
    const following = j + 1 < list.length ? (local.get(list[j + 1].name) as string) : context.continuation;
    if (step.use === undefined) {
      out.steps.push(renamedStep(step, context.prefix, rename, following, j === list.length - 1 && context.continuation !== null));
      out.paths.push(at);
      return;
    }
    for (const key of USE_EXCLUDES) if (step[key] !== undefined) issues.push(error("useWithActivity", [...at, key], { key }));
    if (step.next !== undefined && typeof step.next !== "string") issues.push(error("useNextBranches", [...at, "next"]));
    const resolved = resolveUse(step, at, context, issues, external);
    if (resolved === null) return;
    if (context.prefix === "") (out.entries as Map<string, string>).set(step.name, local.get(step.name) as string);
    const next = typeof step.next === "string" ? rename(step.next) : null;
    const inner: ListContext = { ...context, prefix: context.prefix + step.name + USE_SEPARATOR, pathOf: resolved.pathOf, continuation: next ?? following ?? "exit", stack: [...context.stack, resolved.name] };
    expandList(resolved.steps, inner, out, issues, external);
  });
}

/** Keys a use step may not have: it runs the sub-process's activities, not its own. */
const USE_EXCLUDES = ["kind", "resource", "units", "resources", "duration", "endOfDay", "branches", "join", "need"] as const;

/** A plain step of a list with its name prefixed, its targets (next, a fork's branches and join) renamed, and its default next made explicit at the end of a group. */
function renamedStep(step: RawStep, prefix: string, rename: (to: string) => string, following: string | null, lastOfGroup: boolean): RawStep {
  const next = step.next;
  let renamed: RawStep["next"];
  if (next === undefined) renamed = lastOfGroup ? (following ?? "exit") : undefined;
  else if (typeof next === "string") renamed = rename(next);
  else renamed = next.map((option) => ({ ...option, to: rename(option.to) }));
  if (prefix === "" && renamed === next) return step;
  const fork = {
    ...(step.branches === undefined ? {} : { branches: step.branches.map(rename) }),
    ...(step.join === undefined ? {} : { join: rename(step.join) }),
  };
  return { ...step, name: prefix + step.name, ...fork, ...(renamed === undefined ? {} : { next: renamed }) };
}
