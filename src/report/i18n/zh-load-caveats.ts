/**
 * The Simplified Chinese caveats about a model's load, with the same ids and parameters as
 * `en-load-caveats.ts`.
 *
 * "caveat.peakOverload" reads `资源“审批员”在部分时段承接的工作量超过其能力：最繁忙的时段为每个
 * 工作日 11:00–12:00，ρ = 1.04；…` for the loan approvers' late-morning peak.
 */
import type { EN_LOAD_CAVEATS } from "./en-load-caveats.js";

/** Every load caveat in Simplified Chinese. */
export const ZH_LOAD_CAVEATS: Readonly<Record<keyof typeof EN_LOAD_CAVEATS, string>> = {
  "caveat.overloaded": "资源“{pool}”每周承接 {workHours} 服务小时的工作量，而在岗时间只有 {capacityHours} 小时（利用率 ρ = {rho} ≥ 1）{growth}{relief}——请增加人手、缩短{steps}{others}的处理时间，或降低到达率。",
  "caveat.overloadedSteady": "；不存在稳态：排队会无限增长，稳态结果没有意义",
  "caveat.overloadedGrows": "；其排队在整个运行期间不断增长",
  "caveat.overloadedRelief": "，除非客户放弃等待能缓解排队",
  "caveat.overloadedOthers": "（其 {n} 个环节中最繁忙的几个）",
  "caveat.peakOverload": "资源“{pool}”在部分时段承接的工作量超过其能力：最繁忙的时段为{day} {from}–{to}，ρ = {rho}；这些时段会形成排队——请为这些时段增加人手（调整班次）或分散需求。",
  "caveat.peakRecordedDay": "记录日",
  "caveat.peakRecordedDays": "各记录日（平均）",
  "caveat.peakEveryDay": "每天",
  "caveat.peakEveryWorkingDay": "每个工作日",
};
