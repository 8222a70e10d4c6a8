/**
 * The run's warnings in Simplified Chinese, with the same ids and parameters as
 * `en-warnings.ts`; model keys (run.warmup, endOfDay, batch.maxWait) stay as written in YAML.
 *
 * "warning.carriedOver" reads `20 次重复中有 3 次共 12 笔业务在“vouchers”跨越非营业时段等待…`.
 */
import type { EN_WARNINGS } from "./en-warnings.js";

/** Every run warning in Simplified Chinese. */
export const ZH_WARNINGS: Readonly<Record<keyof typeof EN_WARNINGS, string>> = {
  "warning.unobserved": "{reps} 次重复中有 {n} 次在 {warmup} 分钟的预热期结束前就已结束：这些重复没有观测到任何数据。",
  "warning.oneReplication": "只有 1 次重复：均值没有置信区间（至少运行 2 次，最好 10 次以上）。",
  "warning.noneCompleted": "所有重复中预热期后均无业务完成：等待时间和周期时间无定义。",
  "warning.someEmpty": "{reps} 次重复中有 {n} 次在预热期后没有业务完成：其等待时间和周期时间未计入均值。",
  "warning.tooShort": "运行时间太短，达不到稳态：在 {horizonDuration}的运行中，在办业务数（各次重复的平均）在前一半时间内没有稳定下来（{method}），因此长期指标受空系统起步的影响而有偏。请大幅延长运行时间（并将 run.warmup 设为届时报告的估计值）。",
  "warning.warmupShort": "声明的预热期 {declaredDuration}短于根据在办业务数估计的 {estimatedDuration}（{method}）：统计结果包含了部分起步过渡期。请将 run.warmup 至少设为 {atLeastDuration}。",
  "warning.carriedOver": "{reps} 次重复中有 {affected} 次共 {n} 笔业务在“{step}”跨越非营业时段等待{wait}，但未声明营业结束规则。请在日历、资源或环节上声明 endOfDay（serve、sendAway 或 carryOver）（docs/model-language.md，End of day）。",
  "warning.carriedOverWait": "，平均等待 {minutes} 分钟后才得到服务",
  "warning.partialBatches": "{reps} 次重复中有 {affected} 次共 {n} 个未满批次仅因运行结束才在“{step}”放行（只有批量规则，且到达已经结束）：它们在时间范围结束时才被处理。请添加 batch.at 或 batch.maxWait 来规定剩余业务何时处理（docs/model-language.md，Batch steps）。",
  "warning.mser5": "MSER-5",
  "warning.mserDaily": "按日均值的 MSER",
  "warning.mserWeekly": "按周均值的 MSER",
};
