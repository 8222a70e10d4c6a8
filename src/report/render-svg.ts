/**
 * Vega-Lite spec → Vega spec → SVG text, headless (no browser, no canvas, no file system).
 *
 * The "utilisation per pool" chart of a staffing review becomes an SVG file a planner drops
 * into a slide. Compilation runs with a capturing logger: any Vega-Lite warning is returned
 * as data, so a report never ships a chart that Vega-Lite had to patch up silently.
 */
import * as vega from "vega";
import { parse, View, type LoggerInterface, type Spec as VgSpec } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { chartTextWidth, isBoldWeight } from "./chart-text-width.js";

/** The part of a Vega text item that its width depends on. */
interface TextItem {
  readonly fontSize?: number;
  readonly fontWeight?: string | number;
  readonly limit?: number;
}

/**
 * Vega's text width in Node: the advances of the font the PNG is drawn with, in the item's
 * weight (chart-text-width.ts), so titles, legends and labels are laid out as wide as they
 * are drawn. A label longer than its `limit` is drawn cut to it (Vega cuts it using this
 * same width), so it measures `limit`.
 */
function measureChartText(item: TextItem, text: unknown): number {
  const size = item.fontSize == null ? 11 : +item.fontSize || 0;
  const width = chartTextWidth(text == null ? "" : String(text).trim(), size, isBoldWeight(item.fontWeight));
  const limit = item.limit ?? 0;
  return limit > 0 ? Math.min(width, limit) : width;
}
// Vega exports its text metrics (vega-scenegraph) at run time, but its types do not declare them.
(vega as unknown as { textMetrics: { width: typeof measureChartText } }).textMetrics.width = measureChartText;

/** A message Vega-Lite or Vega logged while compiling or rendering. */
export interface RenderMessage {
  readonly level: "error" | "warn" | "info" | "debug";
  readonly text: string;
}

/** A logger (Vega's LoggerInterface) that keeps every message instead of printing it. */
export function capturingLogger(messages: RenderMessage[]): LoggerInterface {
  let level = 0;
  const push = (kind: RenderMessage["level"], args: unknown[]) => messages.push({ level: kind, text: args.map(String).join(" ") });
  const logger: LoggerInterface = {
    level(value?: number): number | LoggerInterface {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: unknown[]) {
      push("error", args);
      return logger;
    },
    warn(...args: unknown[]) {
      push("warn", args);
      return logger;
    },
    info(...args: unknown[]) {
      push("info", args);
      return logger;
    },
    debug(...args: unknown[]) {
      push("debug", args);
      return logger;
    },
  };
  return logger;
}

/** The compiled Vega spec and the warnings Vega-Lite raised. Throws only if Vega-Lite cannot compile at all. */
export function compileChart(spec: TopLevelSpec): { vega: VgSpec; warnings: RenderMessage[] } {
  const messages: RenderMessage[] = [];
  const vega = compile(spec, { logger: capturingLogger(messages) }).spec;
  return { vega, warnings: messages.filter((m) => m.level === "warn" || m.level === "error") };
}

/**
 * Numbers clip-path and gradient ids from 1 in order of appearance. Vega draws them from a
 * process-wide counter, so the same chart would otherwise differ by the charts drawn before it.
 */
export function normaliseSvgIds(svg: string): string {
  const ids = new Map<string, string>();
  return svg.replace(/\b(clip|gradient_?)(\d+)\b/g, (match, kind: string) => {
    if (!ids.has(match)) ids.set(match, `${kind}${[...ids.keys()].filter((k) => k.startsWith(kind)).length + 1}`);
    return ids.get(match) ?? match;
  });
}

/** Renders a compiled Vega spec to SVG text headlessly; rejects if Vega cannot run it. */
export async function renderVegaSvg(vega: VgSpec): Promise<string> {
  const view = new View(parse(vega), { renderer: "none" });
  try {
    // INVARIANT: the same spec gives the same SVG bytes, whatever was rendered before.
    return normaliseSvgIds(await view.toSVG());
  } finally {
    view.finalize();
  }
}

/** Vega-Lite spec → SVG text, with Vega-Lite's warnings. */
export async function renderChartSvg(spec: TopLevelSpec): Promise<{ svg: string; warnings: RenderMessage[] }> {
  const { vega, warnings } = compileChart(spec);
  return { svg: await renderVegaSvg(vega), warnings };
}
