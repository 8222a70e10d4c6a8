/**
 * The warm-up line a steady-state run prints, and the method's name on the report page, in
 * the language in use: nothing of the English method name is left in a Chinese line.
 */
import { describe, expect, it } from "vitest";
import { warmupLine, warmupMethodText } from "../../../src/report/warmup-text.js";
import { inLanguage } from "../../../src/report/i18n/language.js";
import type { RunResult, WarmupEstimate } from "../../../src/stats/result-types.js";

const runWith = (warmup: WarmupEstimate | undefined) => ({ warmup }) as unknown as RunResult;
const DAILY: WarmupEstimate = { method: "MSER on daily means", declaredMinutes: 4 * 1440, estimatedMinutes: 2 * 1440, batchMinutes: 1440, horizonMinutes: 15 * 1440 };

describe("warm-up text", () => {
  it("reads the estimate in English and in Chinese", () => {
    expect(warmupLine(runWith(DAILY))).toBe("Warm-up: declared 4 days, estimated 2 days (MSER on daily means).\n");
    expect(inLanguage("zh", () => warmupLine(runWith(DAILY)))).toBe("预热期：声明 4 天，估计 2 天（按日均值的 MSER）。\n");
  });

  it("says when the run is too short to estimate, and prints nothing for a terminating run", () => {
    const short = runWith({ ...DAILY, estimatedMinutes: null });
    expect(warmupLine(short)).toBe("Warm-up: declared 4 days; the run is too short to estimate it (MSER on daily means).\n");
    expect(inLanguage("zh", () => warmupLine(short))).toBe("预热期：声明 4 天；运行过短，无法估计（按日均值的 MSER）。\n");
    expect(warmupLine(runWith(undefined))).toBe("");
  });

  it("names every method the statistics give, and passes an unknown one through", () => {
    expect(inLanguage("zh", () => ["MSER-5", "MSER on daily means", "MSER on weekly means"].map(warmupMethodText))).toEqual(["MSER-5", "按日均值的 MSER", "按周均值的 MSER"]);
    expect(warmupMethodText("something new")).toBe("something new");
  });
});
