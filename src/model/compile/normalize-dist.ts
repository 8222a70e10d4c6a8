/**
 * Distribution normalisation: what the YAML says → a `DistSpec` in minutes.
 *
 * `{ gamma: { mean: "20min", cv: 0.5 } }` becomes `{ kind: "gamma", shape: 4, scale: 5 }`;
 * `"90s"` becomes `{ kind: "deterministic", value: 1.5 }`. Each parameter is read by the type
 * its family record declares: time parameters are converted from their unit (or the model's
 * `timeUnit`), shape-like parameters stay as they are; the record then applies its shorthands.
 * Case attributes are untimed: a duration string there is an issue.
 */
import type { DistSpec } from "../../random/dist-spec.js";
import type { ParamDecl, ParamProblem, ParamValues } from "../../random/families/family.js";
import { familyNamed } from "../../random/families/registry.js";
import type { ModelPath } from "./model.js";
import { error, type IssueDraft } from "../source/issues.js";
import type { RawDist, RawMixtureItem, RawParams } from "../schema/schema-dist.js";
import { toMinutes, toShare, type TimeUnit } from "../schema/units.js";

/** How time parameters are read: in a unit, or not at all (untimed attributes). */
export type TimeReading = { readonly unit: TimeUnit; readonly timed: boolean };

/** A placeholder for a distribution that could not be read (its issue is already reported). */
const UNREADABLE: DistSpec = { kind: "deterministic", value: 0 };

/** A parameter problem of the family at `path` as an issue draft. */
export function problemDraft(problem: ParamProblem, path: ModelPath): IssueDraft {
  const { at, code, ...params } = problem;
  return error(code, [...path, ...at], params);
}

/** Reads one time value; a duration string where times are not allowed is an issue. */
function readTime(value: number | string, at: ModelPath, reading: TimeReading, issues: IssueDraft[]): number {
  if (typeof value === "number") return reading.timed ? toMinutes(value, reading.unit) : value;
  if (!reading.timed) {
    issues.push(error("attributeTime", at, { found: value }));
    return 0;
  }
  return toMinutes(value, reading.unit);
}

/** Reads one parameter by its declared type. */
function readParam(raw: RawParams[string], decl: ParamDecl, at: ModelPath, reading: TimeReading, issues: IssueDraft[]): ParamValues[string] {
  if (raw === undefined) return undefined;
  if (decl.type === "time") return readTime(raw as number | string, at, reading, issues);
  if (decl.type === "timeList") return (raw as readonly (number | string)[]).map((v, i) => readTime(v, [...at, i], reading, issues));
  if (decl.type === "share") return toShare(raw as number | string);
  if (decl.type === "dist") return normalizeDist(raw as RawDist, reading, at, issues);
  if (decl.type === "mixtureList") {
    return (raw as readonly RawMixtureItem[]).map((item, i) => ({ p: toShare(item.p), dist: normalizeDist(item.dist, reading, [...at, i, "dist"], issues) }));
  }
  return raw as number | readonly number[];
}

/** Converts one raw distribution; problems are appended to `issues`. */
export function normalizeDist(raw: RawDist, reading: TimeReading, path: ModelPath, issues: IssueDraft[]): DistSpec {
  if (typeof raw === "number" || typeof raw === "string") return { kind: "deterministic", value: readTime(raw, path, reading, issues) };
  const [kind, rawParams] = Object.entries(raw)[0] ?? [];
  const family = kind === undefined ? undefined : familyNamed(kind);
  if (family === undefined || rawParams === undefined) return UNREADABLE;
  const at = [...path, family.kind];
  const values: Record<string, ParamValues[string]> = {};
  if (family.bareParam !== undefined) {
    values[family.bareParam] = readParam(rawParams as RawParams[string], family.params[family.bareParam], at, reading, issues);
  } else {
    const mapping = rawParams as RawParams;
    for (const [name, decl] of Object.entries(family.params)) values[name] = readParam(mapping[name], decl, [...at, name], reading, issues);
  }
  const built = family.build(values);
  if (!Array.isArray(built)) return built as DistSpec;
  issues.push(...(built as readonly ParamProblem[]).map((problem) => problemDraft(problem, at)));
  return UNREADABLE;
}
