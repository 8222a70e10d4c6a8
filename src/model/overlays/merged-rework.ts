/**
 * The errors and checks of a merged step (`mergeSteps`), and the other steps' references to
 * the steps merged away.
 *
 * "Intake" keys 10% of files wrongly and "data entry" 20%, both corrected at "correction";
 * "review" checks both. Merged into "one-stop", the file leaves the one step wrong when either
 * part was wrong: `errors: { rate: 28%, to: correction }` (1 − 0.9 × 0.8), and review checks
 * "one-stop". A check inside the merged steps ("four-eyes" finding 50% of "data entry"'s
 * errors) becomes the merged step's self-check; two checks of the same errors combine to
 * 1 − (1 − p1)(1 − p2). A step has one error kind, one `errors.to` and one detection
 * probability: when the parts' cannot be made one (errors corrected at different steps,
 * checks with different probabilities), the change is refused and asks for `errors` or
 * `detects` on the change itself.
 */
import type { ChangeParams } from "./schema.js";
import type { ChangeScope } from "./scope.js";
import type { MutableStep } from "./routes.js";
import { toShare } from "../schema/units.js";

/** `errors` / `detects` as written on a step. */
type RawErrors = { rate: number | string; to: string };
type RawDetects = { from: string | string[]; p?: number | string };

/** The merged step's rework keys: absent keys are not set. */
export interface MergedRework {
  readonly errors?: RawErrors;
  readonly detects?: RawDetects;
}

/** A share written with no floating-point tail (1 − 0.9 × 0.8 is 0.28, not 0.27999…). */
const clean = (share: number): number => Number(share.toPrecision(12));

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

const fromList = (detects: RawDetects): string[] => (Array.isArray(detects.from) ? detects.from : [detects.from]);

/**
 * The merged step's errors and detects, from the change when it gives them, else combined from
 * the parts; undefined (after reporting it at the change) when the parts' cannot be combined.
 */
export function mergedRework(p: ChangeParams<"mergeSteps">, parts: readonly MutableStep[], s: ChangeScope): MergedRework | undefined {
  const rename = (name: string): string => (p.steps.includes(name) ? p.name : name);
  const errors = p.errors ? { ...p.errors, to: rename(p.errors.to) } : combinedErrors(parts, rename, s);
  const detects = p.detects ? { ...p.detects, from: [...new Set(fromList(p.detects).map(rename))] } : combinedDetects(parts, rename, s);
  if (errors === null || detects === null) return undefined;
  return { ...(errors && { errors }), ...(detects && { detects }) };
}

/** One error kind for the parts that err: wrong when any part's work is wrong. */
function combinedErrors(parts: readonly MutableStep[], rename: (name: string) => string, s: ChangeScope): RawErrors | undefined | null {
  const erring = parts.filter((part) => isObject(part.errors)) as (MutableStep & { errors: RawErrors })[];
  if (erring.length === 0) return undefined;
  if (erring.length === 1) return { ...erring[0].errors, to: rename(erring[0].errors.to) };
  const targets = [...new Set(erring.map((part) => rename(part.errors.to)))];
  if (targets.length > 1) {
    const said = erring.map((part) => `${JSON.stringify(part.name)} to ${JSON.stringify(part.errors.to)}`).join(", ");
    s.fail("invalidValue", "steps", {
      found: `the merged steps send their errors to different steps (${said})`,
      expected: "a step has one errors.to: give the merged step's errors on this change, e.g. errors: { rate: 5%, to: correction }",
    });
    return null;
  }
  const right = erring.reduce((product, part) => product * (1 - toShare(part.errors.rate)), 1);
  return { rate: clean(1 - right), to: targets[0] };
}

/**
 * What the parts checked, with references to parts made references to the merged step; each
 * step checked by several parts is found with 1 − Π(1 − p). Null when the steps checked end up
 * with different probabilities (one step has one `detects.p`).
 */
function combinedDetects(parts: readonly MutableStep[], rename: (name: string) => string, s: ChangeScope): RawDetects | undefined | null {
  const checking = parts.filter((part) => isObject(part.detects)).map((part) => part.detects as RawDetects);
  if (checking.length === 1) return { ...checking[0], from: [...new Set(fromList(checking[0]).map(rename))] };
  const missed = new Map<string, number>();
  for (const detects of checking) {
    const p = detects.p === undefined ? 1 : toShare(detects.p);
    for (const origin of new Set(fromList(detects).map(rename))) missed.set(origin, (missed.get(origin) ?? 1) * (1 - p));
  }
  if (missed.size === 0) return undefined;
  const ps = [...missed.values()].map((miss) => clean(1 - miss));
  if (ps.some((p) => p !== ps[0])) {
    const said = [...missed.keys()].map((origin, i) => `${JSON.stringify(origin)} ${clean(ps[i] * 100)}%`).join(", ");
    s.fail("invalidValue", "steps", {
      found: `the merged step would find errors of different steps with different probabilities (${said})`,
      expected: "a step has one detects.p: give the merged step's checks on this change, e.g. detects: { from: [data entry], p: 90% }",
    });
    return null;
  }
  return ps[0] === 1 ? { from: [...missed.keys()] } : { from: [...missed.keys()], p: ps[0] };
}

/**
 * The other steps' `errors.to` and `detects.from` that name a merged part now name the merged
 * step (a check of two parts checks it once).
 */
export function redirectRework(s: ChangeScope, parts: readonly string[], name: string): void {
  const rename = (step: string): string => (parts.includes(step) ? name : step);
  for (const step of s.model.steps) {
    if (step.name === name) continue;
    const errors = step.errors;
    if (isObject(errors) && typeof errors.to === "string" && parts.includes(errors.to)) s.set(step, "errors", { ...errors, to: name }, "steps");
    const detects = step.detects;
    if (!isObject(detects) || !("from" in detects)) continue;
    const from = fromList(detects as RawDetects);
    if (from.some((origin) => parts.includes(origin))) s.set(step, "detects", { ...detects, from: [...new Set(from.map(rename))] }, "steps");
  }
}
