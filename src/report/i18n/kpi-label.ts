/**
 * The label of a KPI in the language in use: the record's English label, or its Chinese
 * `labelZh` with the subject worded in Chinese.
 *
 * `step/柜台/waitTime.mean` reads "Mean wait at 柜台" in English and "柜台平均等待时间" in
 * Chinese ("data entry 平均等待时间" for a Latin name: `cjk-spacing.ts`); `overall/cycleTime.mean` reads "平均周期时间（全部业务）", short "平均周期时间".
 */
import type { KpiDef, KpiScope } from "../../stats/result-types.js";
import { kpiLabelZhTemplate } from "../../stats/kpis/registry.js";
import { fillSpaced } from "./cjk-spacing.js";
import { currentLanguage } from "./language.js";
import { t } from "./translate.js";

/** The subject of a KPI in Chinese: "全部业务", "类别 walk-in", "大额业务", or the name itself. */
function subjectPhraseZh(scope: KpiScope, subject: string): string {
  if (scope === "overall") return t("kpi.allCases");
  if (scope === "class") return t("kpi.class", { name: subject });
  if (scope === "category") return t("kpi.category", { name: subject });
  return subject;
}

/** The full label of a KPI in the language in use (English: the label the run carries). */
export function kpiLabel(def: KpiDef): string {
  if (currentLanguage() === "en") return def.label;
  const template = kpiLabelZhTemplate(def);
  const label = template === null ? def.label : fillSpaced(template, { s: subjectPhraseZh(def.scope, def.subject) });
  // A row under an "Overall" heading carries its label without "(all cases)": keep it short.
  return def.scope === "overall" && !def.label.endsWith("(all cases)") ? withoutAllCases(label) : label;
}

function withoutAllCases(label: string): string {
  const all = t("kpi.allCases");
  return label.replace(`（${all}）`, "").replace(`，${all}）`, "）");
}

/** The label without the "(all cases)" that overall KPIs carry. */
export function kpiShortLabel(def: KpiDef): string {
  if (currentLanguage() === "en") return def.label.replace(/ \(all cases\)$/, "");
  return withoutAllCases(kpiLabel(def));
}
