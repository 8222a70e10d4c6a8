/**
 * A run's warnings in the report's language: every sentence the statistics word (made here by
 * the producers themselves where they are exported) is recognised and worded in Chinese, with
 * its numbers, names and durations; in English it is shown exactly as the run worded it, and
 * a sentence no template knows is shown as it is.
 */
import { describe, expect, it } from "vitest";
import { warningText } from "../../../../src/report/i18n/warnings.js";
import { inLanguage } from "../../../../src/report/i18n/language.js";
import { warmupWarning } from "../../../../src/stats/warmup.js";
import { endOfDayWarnings } from "../../../../src/stats/collect-end-of-day.js";
import { batchWarnings } from "../../../../src/stats/collect-batches.js";
import type { CollectorLayout } from "../../../../src/stats/observer.js";
import type { RepResult } from "../../../../src/stats/result-types.js";

const estimate = (declaredMinutes: number, estimatedMinutes: number | null, method: string) => ({ method, declaredMinutes, estimatedMinutes, batchMinutes: 1440, horizonMinutes: 21600 });
const reps = (kpis: Record<string, number>[]) => kpis.map((k) => ({ kpis: k })) as unknown as RepResult[];
const layout = { steps: ["凭证整理"], endOfDayDeclared: [false], batchSteps: [0] } as unknown as CollectorLayout;

/** [warning, the Chinese words and numbers it must carry]. */
const CASES: readonly (readonly [string, readonly string[]])[] = [
  [warmupWarning(estimate(0, null, "MSER on daily means")) ?? "", ["运行时间太短", "15 天", "按日均值的 MSER", "run.warmup"]],
  [warmupWarning(estimate(1440, 5760, "MSER on weekly means")) ?? "", ["预热期 1 天", "4 天", "按周均值的 MSER"]],
  [warmupWarning(estimate(60, 300, "MSER-5")) ?? "", ["60 分钟", "300 分钟", "MSER-5"]],
  [endOfDayWarnings(reps([{ "step/凭证整理/backlog.carried": 12, "step/凭证整理/backlog.wait": 900 }, { "step/凭证整理/backlog.carried": 0 }]), layout)[0], ["12 笔", "2 次重复中有 1 次", "“凭证整理”", "平均等待 900 分钟", "endOfDay"]],
  [endOfDayWarnings(reps([{ "step/凭证整理/backlog.carried": 3 }]), layout)[0], ["3 笔", "“凭证整理”跨越非营业时段等待，但"]],
  [batchWarnings(reps([{ "step/凭证整理/batch.atEnd": 2 }, { "step/凭证整理/batch.atEnd": 1 }]), layout)[0], ["3 个未满批次", "2 次重复中有 2 次", "batch.maxWait"]],
  ["3 of 20 replications ended before the warm-up of 1440 min was over: nothing was observed in them.", ["20 次重复中有 3 次", "1440 分钟"]],
  ["Only 1 replication: means have no confidence interval (run at least 2, ideally 10 or more).", ["只有 1 次重复"]],
  ["No case completed after the warm-up in any replication: waiting and cycle times are undefined.", ["均无业务完成"]],
  ["No case completed after the warm-up in 2 of 20 replications: their waiting and cycle times are left out of the means.", ["20 次重复中有 2 次"]],
];

/** Words a Chinese warning may keep: the model's keys and files, and the method's name. */
const KEPT = /run\.warmup|endOfDay|serve|sendAway|carryOver|docs\/model-language\.md|End of day|batch\.at|batch\.maxWait|Batch steps|MSER/g;

describe("run warnings in the report's language", () => {
  it.each(CASES)("%s", (english, carried) => {
    expect(english).not.toBe("");
    expect(warningText(english)).toBe(english);
    const chinese = inLanguage("zh", () => warningText(english));
    for (const words of carried) expect(chinese).toContain(words);
    expect(chinese.replace(KEPT, "").match(/[A-Za-z]{2,}/g)).toBeNull();
  });

  it("shows a sentence it does not know as it is", () => {
    expect(inLanguage("zh", () => warningText("Something new happened."))).toBe("Something new happened.");
  });
});
