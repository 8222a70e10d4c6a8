/**
 * Admission rules in normal form: times to minutes, shares to numbers, defaults filled in.
 *
 * `retry: { p: 70%, after: { exponential: { mean: 10min } } }` becomes { p: 0.7, after:
 * exponential(10), max: 1 }; `balk: { above: 8, p: [0, 0.2] }` is an issue (give one form);
 * `whenFull: { to: overflow }` becomes overflowTo "overflow".
 */
import type { RetryRule, StepAdmission } from "./admission-model.js";
import type { ModelPath } from "./model.js";
import { error, type IssueDraft } from "../source/issues.js";
import { normalizeDist } from "./normalize-dist.js";
import type { RawArrival, RawStep } from "../schema/schema.js";
import { toMinutes, toShare, type TimeUnit } from "../schema/units.js";

type RawRetry = NonNullable<RawArrival["retry"]>;

/** A retry rule in minutes and shares. */
export function normalizeRetry(raw: RawRetry, unit: TimeUnit, path: ModelPath, issues: IssueDraft[]): RetryRule {
  return { p: toShare(raw.p), after: normalizeDist(raw.after, { unit, timed: true }, [...path, "after"], issues), max: raw.max ?? 1, path };
}

/** The keys of a step that belong to admission, as written. */
const ADMISSION_KEYS = ["maxWaiting", "maxInSystem", "whenFull", "balk", "patience", "patienceByClass", "message", "retry"] as const;

/** The step's admission rules, or undefined when it declares none. */
export function normalizeStepAdmission(raw: RawStep, path: ModelPath, unit: TimeUnit, issues: IssueDraft[]): StepAdmission | undefined {
  if (!ADMISSION_KEYS.some((key) => raw[key] !== undefined)) return undefined;
  const timed = { unit, timed: true };
  const byClass: Record<string, ReturnType<typeof normalizeDist>> = Object.create(null);
  for (const [name, dist] of Object.entries(raw.patienceByClass ?? {})) byClass[name] = normalizeDist(dist, timed, [...path, "patienceByClass", name], issues);
  return {
    maxWaiting: raw.maxWaiting ?? null,
    maxInSystem: raw.maxInSystem ?? null,
    overflowTo: raw.whenFull === undefined || raw.whenFull === "lost" ? null : raw.whenFull.to,
    ...(raw.whenFull === undefined ? {} : { whenFullGiven: true }),
    balk: normalizeBalk(raw.balk, [...path, "balk"], issues),
    patience: raw.patience === undefined ? null : normalizeDist(raw.patience, timed, [...path, "patience"], issues),
    patienceByClass: byClass,
    message: raw.message === undefined ? null : normalizeMessage(raw.message, unit, [...path, "message"], issues),
    retry: raw.retry === undefined ? null : normalizeRetry(raw.retry, unit, [...path, "retry"], issues),
  };
}

function normalizeBalk(raw: RawStep["balk"], path: ModelPath, issues: IssueDraft[]): StepAdmission["balk"] {
  if (raw === undefined) return null;
  if ((raw.above === undefined) === (raw.p === undefined)) issues.push(error("balkForm", path));
  return { above: raw.above ?? null, p: raw.above === undefined && raw.p !== undefined ? raw.p.map(toShare) : null, path };
}

function normalizeMessage(raw: NonNullable<RawStep["message"]>, unit: TimeUnit, path: ModelPath, issues: IssueDraft[]): StepAdmission["message"] {
  const after = toMinutes(raw.after, unit);
  if (!(after >= 0)) issues.push(error("tooSmall", [...path, "after"], { found: raw.after, minimum: 0, inclusive: true }));
  return { after: after >= 0 ? after : 0, p: toShare(raw.p), to: raw.to, ...(raw.priority === undefined ? {} : { priority: raw.priority }), path };
}
