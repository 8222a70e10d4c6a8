/**
 * Pieces every chart builder shares: the top-level frame (schema, title, subtitle, config),
 * the chart-builder record and the context a builder is given.
 *
 * A "where the time goes" chart for account opening is a frame titled "Where the time goes"
 * with a subtitle that says what the bars are, around layers that only describe data.
 */
import type { TopLevelSpec } from "vega-lite";
import type { ComparisonResult } from "../../stats/result-types.js";
import { CHART_CONFIG } from "./theme.js";
import type { Variant } from "./variants.js";
import type { CostDay } from "../cost-periods.js";

/** Vega-Lite schema the specs are written against. */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

/** What a chart builder is given. */
export interface ChartContext {
  /** Models to show: one for a run; current first, then proposals, for a comparison. */
  readonly variants: readonly Variant[];
  /** The comparison, when there is one (for paired differences). */
  readonly comparison: ComparisonResult | null;
  /** ISO 4217 code the money amounts are in ("CNY"), for cost axes; absent or null: plain cost units. */
  readonly currency?: string | null;
  /**
   * The working days observed (from the current model's facts), so totals over the window are
   * shown per working day like the report's Money table; absent or null: totals over the window.
   */
  readonly costDay?: CostDay | null;
}

/** One chart of the report: a stable id, a human title and a pure builder. */
export interface ChartBuilder {
  /** File-name-safe id, e.g. `utilisation`. */
  readonly id: string;
  readonly title: string;
  /** Spans the full width of the report grid (multi-panel charts). */
  readonly wide?: boolean;
  /** Spans two rows of the report grid (long lists), so shorter charts sit beside it. */
  readonly tall?: boolean;
  /** True when every series of the chart is zero in every replication: not drawn, a sentence says so. */
  readonly allZero?: (context: ChartContext) => boolean;
  /** The spec, or null when the results hold nothing to draw (e.g. no cost KPIs). */
  readonly build: (context: ChartContext) => TopLevelSpec | null;
}

/** The frame of a chart: schema, title with subtitle lines, house config. */
export function frame(title: string, subtitle: string | readonly string[]): Pick<TopLevelSpec, "$schema" | "title" | "config"> {
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, subtitle: typeof subtitle === "string" ? subtitle : [...subtitle] },
    config: CHART_CONFIG,
  };
}

/** A variant list phrase for subtitles: "account opening today vs RPA data entry". */
export function variantPhrase(variants: readonly Variant[]): string {
  return variants.map((v) => v.name).join(" vs ");
}

/** True when the context compares models (more than one variant). */
export function isComparison(context: ChartContext): boolean {
  return context.variants.length > 1;
}

/** Rounds for inline data so specs print compactly and stay byte-stable. */
export function tidy(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
