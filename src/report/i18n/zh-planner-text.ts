/**
 * The Simplified Chinese texts of the planner's terminal tables, with the same ids and
 * parameters as `en-planner-text.ts` (a test checks both).
 *
 * "staff.allMeet" reads "每个时段均达到目标（95% 下限 ≥ 80.0%）。" under the tellers' roster.
 */
import type { EN_PLANNER_TEXT } from "./en-planner-text.js";

/** Every planner terminal text in Simplified Chinese. */
export const ZH_PLANNER_TEXT: Readonly<Record<keyof typeof EN_PLANNER_TEXT, string>> = {
  "column.interval": "时段",
  "column.arrivals/h": "每小时到达",
  "column.load (erl)": "负荷（爱尔兰）",
  "column.Erlang": "Erlang 公式",
  "column.required": "所需人数",
  "column.scheduled": "排班人数",
  "column.service level [95% CI]": "服务水平 [95% 置信区间]",
  "column.occupancy": "占用率",
  "column.frontier": "有效前沿",
  "column.input": "输入参数",
  "staff.misses": "未达标",
  "staff.binds": "无富余",
  "staff.afterRound": "（经 1 轮仿真）",
  "staff.afterRounds": "（经 {rounds} 轮仿真）",
  "staff.allMeet": "每个时段均达到目标（95% 下限 ≥ {share}）{rounds}。",
  "staff.someMiss": "{misses} 个时段未达到目标（95% 下限低于 {share}）{rounds}{hint}。",
  "staff.beyond": "增员无效",
  "staff.stable": "保证消化",
  "staff.stabilityVerdict": "有 {count} 个时段（{intervals}）的{pool}人数多于目标本身所需：取高于全部类别提供负荷的最少人数，使目标未评判的 {classes} 业务不会无限排队。",
  "staff.beyondVerdict": "{count} 个时段无论本时段安排多少人都未达到目标（{intervals}）：在这些时段增加{pool}只弥补了不到十分之一的差距，这些业务在等别的东西——该步骤同时需要的其他资源池、较晚到达该步骤而要等到次日的业务，或拖住业务的前序步骤。请检查该步骤的其他资源池、日终规则和前序步骤，或按工作时间计量等待（服务水平的 clock: working）。",
  "staff.carriedOver": "不在任何时段之内：每次营业结束平均有 {cases} 笔业务在{step}结转（收工后才到达或收工时仍在等待），要等到下一次营业；营业时间内的任何排班都无法处理它们——由日终规则决定。",
  "staff.cameBack": "不在任何时段之内：每次营业结束平均有 {cases} 笔业务被{step}请离（收工后才到达或收工时仍在等待），于下一次营业时先于当天新业务返回；它们按最初到达{step}的时间计入，而不计入开门时段——由日终规则决定。",
  "staff.raiseHint": "；请增大 --rounds 或 --max-staff",
  "staff.target": "{maxWait}内 {share}",
  "staff.targetOfClass": "类别 {class} {maxWait}内 {share}",
  "staff.title": "{model} — 资源池 {pool}，每个 {width} 分钟时段的目标为 {target}；{replications} 次重复，随机种子 {seed}",
  "staff.paidHours": "付薪工时 {hours}{abandon}",
  "staff.money": "成本 {cost}（排班 {roster} + 仿真加班 {overtime}），付薪工时 {hours}，超额覆盖 {over} 人·小时{abandon}",
  "staff.overloaded": "警告：有 {count} 个时段（{intervals}）全部业务的提供负荷不低于在岗的{pool}人数：资源池在这些时段超负荷，目标未评判的业务排队将无限增长（其等待时间和加班随之增加）；请在这些时段增加{pool}，或按全部类别评判。",
  "staff.abandonment": "，放弃率 {share}",
  "staff.roster": "排班：{roster}",
  "staff.nobody": "（无人）",
  "staff.notes": "Erlang 公式 = 解析所需人数（基于修正后提供负荷的 Erlang C/A）；所需人数 = 仿真中达到目标的最少人数（— 表示没有一次仿真达标，或该时段没有业务到达）；排班人数 = 该时段内任一时刻在岗的最少人数（已计入休息）；无富余 = 没有可抽调的人员。服务水平按各时段到达该资源池所在步骤的业务计算；占用率 = 忙碌工时除以在岗工时（排班工时，加上休息开始或班次结束后仍在完成手头业务的工时），不超过 100%。",
  "staff.notesEvaluated": "Erlang 公式 = 解析所需人数（基于修正后提供负荷的 Erlang C/A）；排班人数 = 该时段内任一时刻在岗的最少人数（已计入休息）；无富余 = 按 Erlang 公式没有可抽调的人员。服务水平按各时段到达该资源池所在步骤的业务计算；占用率 = 忙碌工时除以在岗工时（排班工时，加上休息开始或班次结束后仍在完成手头业务的工时），不超过 100%。",
  "staff.roundLimit": "搜索在轮数上限（--rounds {rounds}）处停止，仍有 {count} 个时段未尝试（{intervals}）：可能存在更便宜且达标的排班；请增大 --rounds。",
  "sweep.title": "{model} — {points} 个点（{mode}），每点 {replications} 次重复，随机种子 {seed}",
  "sweep.factorial": "全因子",
  "sweep.oneAtATime": "逐个变化",
  "sweep.note": "均值 ± 95% 半宽；区间不对称时（百分位数、接近 0 或 100% 的比例）写作 均值 [95% 区间]。每个点使用相同的随机种子和重复次数（公共随机数）。",
  "sweep.frontierNote": " * = 位于成本与服务的有效前沿。",
  "sweep.atPoints": "在 {points}：{text}",
  "sweep.asModel": "（模型值）",
  "tornado.title": "{model} — {label}（{key}）对各输入 ±{pct}% 的敏感性，{replications} 次配对重复，随机种子 {seed}",
  "tornado.points": " 个百分点",
};
