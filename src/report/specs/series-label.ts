/**
 * The label of a time-of-day series in the language in use, from its key.
 *
 * `step/柜台/queue.mean` reads "Mean queue at 柜台" in English and "柜台平均排队长度" in
 * Chinese; a key this file does not know keeps the label the results carry.
 */
import type { TimeOfDaySummary } from "../../stats/result-types.js";
import { t } from "../i18n/translate.js";

const FIXED: Readonly<Record<string, () => string>> = {
  "overall/arrivals.perHour": () => t("chart.seriesArrivals"),
  "overall/waitTime.mean": () => t("chart.seriesWait"),
  "overall/wip.mean": () => t("chart.seriesWip"),
  "overall/busySignal.share": () => t("chart.seriesBusySignals"),
};

const NAMED: readonly { readonly pattern: RegExp; readonly label: (name: string) => string }[] = [
  { pattern: /^serviceLevel\/(.+)\/achieved$/, label: (name) => t("chart.seriesLevel", { name }) },
  { pattern: /^step\/(.+)\/queue\.mean$/, label: (name) => t("chart.seriesQueue", { name }) },
  { pattern: /^pool\/(.+)\/busy\.mean$/, label: (name) => t("chart.seriesBusy", { name }) },
  { pattern: /^pool\/(.+)\/capacity\.mean$/, label: (name) => t("chart.seriesCapacity", { name }) },
];

/** The series' label in the language in use. */
export function seriesLabel(series: Pick<TimeOfDaySummary, "key" | "label">): string {
  const fixed = FIXED[series.key];
  if (fixed) return fixed();
  for (const { pattern, label } of NAMED) {
    const found = pattern.exec(series.key);
    if (found) return label(found[1]);
  }
  return series.label;
}
