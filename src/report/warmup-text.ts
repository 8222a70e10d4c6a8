/**
 * The warm-up estimate in words, in the language in use: the method's name and the line the
 * terminal prints after a steady-state run.
 *
 * A loan factory run for 15 days with 4 declared reads "Warm-up: declared 4 days, estimated
 * 2 days (MSER on daily means)." and, in Chinese, "预热期：声明 4 天，估计 2 天（按日均值的 MSER）。".
 * The statistics name the method in English (`stats/warmup.ts`); this module translates it.
 */
import type { RunResult } from "../stats/result-types.js";
import { formatDuration } from "./format.js";
import { t } from "./i18n/translate.js";

/** The catalogue entry of each method name the statistics give. */
const METHODS: Readonly<Record<string, "warmup.mser5" | "warmup.mserDaily" | "warmup.mserWeekly">> = {
  "MSER-5": "warmup.mser5",
  "MSER on daily means": "warmup.mserDaily",
  "MSER on weekly means": "warmup.mserWeekly",
};

/** The warm-up method's name in the language in use (an unknown name as given). */
export function warmupMethodText(method: string): string {
  const id = METHODS[method];
  return id === undefined ? method : t(id);
}

/** "Warm-up: declared 5 days, estimated 12 days (MSER on daily means).\n"; "" for a run without one (terminating). */
export function warmupLine(result: RunResult): string {
  const w = result.warmup;
  if (!w) return "";
  const declared = formatDuration(w.declaredMinutes);
  const method = warmupMethodText(w.method);
  if (w.estimatedMinutes === null) return `${t("terminal.warmupTooShort", { declared, method })}\n`;
  return `${t("terminal.warmup", { declared, estimated: formatDuration(w.estimatedMinutes), method })}\n`;
}
