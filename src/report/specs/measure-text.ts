/**
 * What a service-level target measures, worded for a chart title in the language in use.
 *
 * The results carry it in English words ("waiting at initial review of class vip (working
 * hours)"); a chart title reads "Waiting at initial review of class vip (working hours)", or
 * "initial review等待时间（类别 vip）（按工作时间）" in a Chinese report.
 */
import { t } from "../i18n/translate.js";

const MEASURE = /^(cycle time|total waiting|waiting at (.+?))( of class (.+?))?( \(working hours\))?$/;

/** The measure phrase of a target, capitalised; "Waiting" when the results do not say. */
export function measureText(measures: string | undefined): string {
  if (measures === undefined) return t("chart.measureWaiting");
  const found = MEASURE.exec(measures);
  if (!found) return measures[0].toUpperCase() + measures.slice(1);
  const [, what, step, , cls, working] = found;
  const base = step !== undefined ? t("chart.measureWaitingAt", { step }) : what === "cycle time" ? t("chart.measureCycleTime") : t("chart.measureTotalWaiting");
  const withClass = cls === undefined ? base : t("chart.measureOfClass", { what: base, name: cls });
  return working === undefined ? withClass : t("chart.measureWorking", { what: withClass });
}
