/**
 * The Simplified Chinese texts of the planner's charts, with the same ids and parameters as
 * `en-planner-charts.ts` (a test checks both).
 *
 * "chart.staffTitle" reads "柜员人员配置" above the branch's roster when the pool is named 柜员.
 */
import type { EN_PLANNER_CHARTS } from "./en-planner-charts.js";

/** Every planner chart text in Simplified Chinese. */
export const ZH_PLANNER_CHARTS: Readonly<Record<keyof typeof EN_PLANNER_CHARTS, string>> = {
  "chart.sweepTitle": "参数扫描下的各项指标",
  "chart.sweepSubtitle": "{model}：{n} 次重复的均值及 95% 区间带；每个点使用相同的随机种子和重复次数（公共随机数）。",
  "chart.otherParameters": "其他参数",
  "chart.others": "其他参数",
  "chart.allOthersAsModel": "其他参数与模型相同",
  "chart.frontierTitle": "成本与服务水平",
  "chart.frontierSubtitle": "扫描的每个点及其服务水平的 95% 区间；连线连接没有其他点能在成本和服务水平上同时胜过的点（有效前沿）。",
  "chart.frontierLabels": "标注：各点的 {parameters}。",
  "chart.onFrontier": "位于有效前沿",
  "chart.dominated": "被其他方案占优",
  "chart.settings": "参数设置",
  "chart.service": "服务水平",
  "chart.sensitivityTitle": "{kpi}的敏感性",
  "chart.tornadoSubtitle": "{model}：每个输入参数单独变动 ±{percent}%；相对模型原值的配对变化及 95% 区间（公共随机数）。",
  "chart.changeIn": "{title}的变化",
  "chart.input": "输入参数",
  "chart.side": "变动方向",
  "chart.inputMoved": "各输入参数变动",
  "chart.setting": "参数取值",
  "chart.staffTitle": "{pool}人员配置",
  "chart.staffSubtitle": "{model}：每 {width} 分钟时段的所需人数与排班人数。",
  "chart.requiredErlang": "所需人数（爱尔朗公式）",
  "chart.requiredSimulated": "所需人数（仿真校验后）",
  "chart.scheduled": "排班人数",
  "chart.staffOnDuty": "在岗人数",
  "chart.series": "曲线",
  "chart.staff": "人数",
  "chart.serviceLevelDayTitle": "全天各时段服务水平",
  "chart.serviceLevelDaySubtitle": "各时段在 {wait} 分钟内得到服务的业务占比，各次重复的均值及 95% 区间；虚线为 {share}% 的目标。",
  "chart.servedWithinTarget": "在目标等待时间内得到服务的占比",
  "chart.meetsTarget": "达到目标",
  "chart.missesTarget": "未达目标",
  "chart.beyondStaffing": "增员无效",
  "chart.hour": "时刻（小时）",
};
