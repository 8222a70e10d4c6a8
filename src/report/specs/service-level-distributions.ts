/**
 * Each service-level target on the curve it is about: the share of observations measured
 * within each time, one line per model, with the target's threshold and share marked.
 *
 * The loan factory's "analysts pick up within 4h" target (90%) measures waiting at initial
 * review: its chart shows that step's waiting, crossing 4 h at about 92% — not the whole
 * application's waiting, which crosses 4 h near 50% and would make a met target look missed.
 * Targets on total waiting are drawn on the waiting-time chart instead (distributions.ts).
 */
import type { TopLevelSpec } from "vega-lite";
import type { RunResult } from "../../stats/result-types.js";
import { frame, type ChartBuilder, type ChartContext } from "./common.js";
import { buildDistributionSpec, measuresTotalWaiting } from "./distributions.js";
import { distributionAllZero } from "./zero-series.js";
import { t } from "../i18n/translate.js";
import { measureText } from "./measure-text.js";

type Level = RunResult["serviceLevels"][number];

/** The curve of one target: observations that gave up sit beyond the axis (never met). */
function levelSpec(context: ChartContext, level: Level & { measureKey: string }): TopLevelSpec | null {
  const title = t("chart.levelMeasureTitle", { what: measureText(level.measures), name: level.name });
  return buildDistributionSpec(context, { key: level.measureKey, title, levels: [level], xMaxMinutes: level.maxWait * 4 });
}

/** Layers of a built spec without its frame, to stack several in one chart. */
function panelOf(spec: TopLevelSpec): Record<string, unknown> {
  const { $schema: _schema, config: _config, ...rest } = spec as unknown as Record<string, unknown>;
  return rest;
}

/** The targets drawn here: those with their own measure, not the all-cases waiting. */
function ownLevels(context: ChartContext): (Level & { measureKey: string })[] {
  return context.variants[0].result.serviceLevels.filter((l): l is Level & { measureKey: string } => l.measureKey !== undefined && !measuresTotalWaiting(l));
}

/** The spec: one panel per target not drawn on the all-cases waiting curve; null when there is none. */
export function buildServiceLevelDistributionsSpec(context: ChartContext): TopLevelSpec | null {
  const levels = ownLevels(context);
  const specs = levels.flatMap((l) => {
    const spec = levelSpec(context, l);
    return spec ? [spec] : [];
  });
  if (specs.length === 0) return null;
  if (specs.length === 1) return specs[0];
  const intro = t("chart.levelsIntro");
  return { ...frame(t("chart.service-level-distributions"), intro), vconcat: specs.map(panelOf) } as unknown as TopLevelSpec;
}

/** Registry record: each step or turnaround target on its own curve. */
export const serviceLevelDistributionsChart: ChartBuilder = {
  id: "service-level-distributions",
  title: "Service-level targets on their own measures",
  allZero: (context) => {
    const levels = ownLevels(context);
    return levels.length > 0 && levels.every((l) => distributionAllZero(context, l.measureKey));
  },
  build: buildServiceLevelDistributionsSpec,
};
