/**
 * Distribution normalisation: what the YAML says → a `DistSpec` in minutes.
 *
 * `{ gamma: { mean: "20min", cv: 0.5 } }` becomes `{ kind: "gamma", shape: 4, scale: 5 }`;
 * `"90s"` becomes `{ kind: "deterministic", value: 1.5 }`. Time parameters are converted
 * from their unit (or the model's `timeUnit`); shape-like parameters stay as they are. Case
 * attributes are untimed: a duration string there is an issue.
 */
import type { DistSpec } from "../../random/dist-spec.js";
import type { ModelPath } from "./model.js";
import { error, type IssueDraft } from "../source/issues.js";
import type { RawDist } from "../schema/schema-dist.js";
import { toMinutes, type TimeUnit } from "../schema/units.js";

/** How time parameters are read: in a unit, or not at all (untimed attributes). */
export type TimeReading = { readonly unit: TimeUnit; readonly timed: boolean };

/** A placeholder for a distribution that could not be read (its issue is already reported). */
const UNREADABLE: DistSpec = { kind: "deterministic", value: 0 };

type Params = Record<string, number | string | (number | string)[] | undefined>;

/** Converts one raw distribution; problems are appended to `issues`. */
export function normalizeDist(raw: RawDist, reading: TimeReading, path: ModelPath, issues: IssueDraft[]): DistSpec {
  const num = (value: number | string, at: ModelPath): number => {
    if (typeof value === "number") return reading.timed ? toMinutes(value, reading.unit) : value;
    if (!reading.timed) {
      issues.push(error("attributeTime", at, { found: value }));
      return 0;
    }
    return toMinutes(value, reading.unit);
  };
  if (typeof raw === "number" || typeof raw === "string") return { kind: "deterministic", value: num(raw, path) };
  const [kind, params] = Object.entries(raw)[0] as [DistSpec["kind"], Params];
  const at = (name: string): ModelPath => [...path, kind, name];
  const t = (name: string): number => num(params[name] as number | string, at(name));
  switch (kind) {
    case "exponential":
      return { kind, mean: t("mean") };
    case "deterministic":
      return { kind, value: t("value") };
    case "uniform":
      return { kind, min: t("min"), max: t("max") };
    case "triangular":
    case "pert":
      return { kind, min: t("min"), mode: t("mode"), max: t("max") };
    case "normal":
    case "lognormal":
      return { kind, mean: t("mean"), sd: t("sd") };
    case "erlang":
      return { kind, k: params.k as number, mean: t("mean") };
    case "weibull":
      return { kind, shape: params.shape as number, scale: t("scale") };
    case "gamma":
      return normalizeGamma(params, t, [...path, kind], issues);
    case "empirical": {
      const values = (params.values as (number | string)[]).map((v, i) => num(v, [...at("values"), i]));
      const weights = (params.weights as number[] | undefined) ?? values.map(() => 1);
      return { kind, values, weights: [...weights] };
    }
    default:
      return UNREADABLE;
  }
}

/** Gamma from { shape, scale } or { mean, cv } (shape = 1/cv², scale = mean·cv²). */
function normalizeGamma(params: Params, t: (name: string) => number, path: ModelPath, issues: IssueDraft[]): DistSpec {
  const given = Object.keys(params).filter((key) => params[key] !== undefined).sort();
  if (given.join(",") === "scale,shape") return { kind: "gamma", shape: params.shape as number, scale: t("scale") };
  if (given.join(",") === "cv,mean") {
    const mean = t("mean");
    const cv = params.cv as number;
    if (!(cv > 0)) {
      issues.push(error("distParam", [...path, "cv"], { param: "cv", found: cv, rule: "positive" }));
      return UNREADABLE;
    }
    if (!(mean > 0)) {
      issues.push(error("distParam", [...path, "mean"], { param: "mean", found: mean, rule: "positive" }));
      return UNREADABLE;
    }
    return { kind: "gamma", shape: 1 / (cv * cv), scale: mean * cv * cv };
  }
  issues.push(error("gammaParams", path, { found: given }));
  return UNREADABLE;
}
