/**
 * The English texts of the planner's charts (`procsim sweep`, `sweep --tornado`, `procsim
 * staff`): titles, subtitles, axis and legend titles, tooltips and the legend entries drawn
 * from the data. `zh-planner-charts.ts` has the same ids and parameters; both are part of the
 * one catalogue (`en.ts`, `zh.ts`).
 *
 * "chart.staffTitle": "Staff for {pool}" reads "Staff for tellers" above the branch's roster.
 */
export const EN_PLANNER_CHARTS = {
  "chart.sweepTitle": "KPIs across the sweep",
  "chart.sweepSubtitle": "{model}: mean over {n} replications with 95% band; every point on the same seed and replications (common random numbers).",
  "chart.otherParameters": "other parameters",
  "chart.others": "others",
  "chart.allOthersAsModel": "all others as in the model",
  "chart.frontierTitle": "Cost against service level",
  "chart.frontierSubtitle": "Every point of the sweep with the 95% interval of its service level; the line joins the points no other beats on both cost and service.",
  "chart.frontierLabels": "Labels: each point's {parameters}.",
  "chart.onFrontier": "on the frontier",
  "chart.dominated": "dominated",
  "chart.settings": "settings",
  "chart.service": "service",
  "chart.sensitivityTitle": "Sensitivity of {kpi}",
  "chart.tornadoSubtitle": "{model}: each input moved ±{percent}% on its own; paired change from the model's value with 95% interval (common random numbers).",
  "chart.changeIn": "change in {title}",
  "chart.input": "input",
  "chart.side": "side",
  "chart.inputMoved": "each input moved",
  "chart.setting": "setting",
  "chart.staffTitle": "Staff for {pool}",
  "chart.staffSubtitle": "{model}: staff needed per {width}-minute interval and staff on the roster.",
  "chart.requiredErlang": "required (Erlang)",
  "chart.requiredSimulated": "required (after simulation)",
  "chart.scheduled": "scheduled",
  "chart.staffOnDuty": "staff on duty",
  "chart.series": "series",
  "chart.staff": "staff",
  "chart.serviceLevelDayTitle": "Service level through the day",
  "chart.serviceLevelDaySubtitle": "Share served within {wait} min by interval, mean with 95% interval over replications; the line is the {share}% target.",
  "chart.servedWithinTarget": "served within target wait",
  "chart.meetsTarget": "meets the target",
  "chart.missesTarget": "misses the target",
  "chart.beyondStaffing": "misses whatever its staff",
  "chart.hour": "hour",
} as const;
