/**
 * procsim as a library: load a bank process model, run it, compare it with a proposal, and
 * get plain result objects and Vega-Lite specs back.
 *
 * ```ts
 * import { loadAnyModelFile, compare, buildComparisonCharts } from "procsim";
 * const today = loadAnyModelFile("scenarios/account-opening.yaml");
 * const rpa = loadAnyModelFile("scenarios/account-opening-rpa-proposed.yaml");
 * if (today.ok && rpa.ok) {
 *   const result = await compare(today.model, [rpa.model]);
 *   const charts = buildComparisonCharts(result); // id → Vega-Lite spec
 * }
 * ```
 */
export * from "./api/load.js";
export * from "./api/simulate.js";
export * from "./api/compare.js";
export * from "./api/engine.js";
export * from "./api/charts.js";
export * from "./api/reports.js";
export * from "./api/tables.js";
export type * from "./stats/result-types.js";
export type * from "./model/compile/model.js";
export type { DistSpec, DistKind } from "./random/dist-spec.js";
export * from "./api/render.js";
