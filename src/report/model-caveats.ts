/**
 * The caveats of a model's warnings, in the report's language: a shift gap, a step no case
 * reaches, attributes nothing reads, a profile time outside the opening hours. The terminal
 * prints them when the model loads; the report states them too, with where in the model.
 *
 * "resources.tellers.shifts: pool "tellers" has no shift on mon, tue, wed, thu, fri from 12:00
 * to 13:00 while open; capacity is 0 then — add a shift (capacity: 0 to make it explicit)",
 * and in a Chinese report "resources.tellers.shifts：资源池“tellers”在周一、周二、… 12:00–13:00
 * 营业期间没有班次，…".
 */
import type { ModelFacts, ModelWarningFacts } from "./model-facts.js";
import { isChinese } from "./i18n/translate.js";
import { ZH_MODEL_WARNINGS } from "./i18n/zh-model-warnings.js";

/** One warning as a caveat: its YAML path, then its wording in the language in use. */
export function modelWarningText(warning: ModelWarningFacts): string {
  const chinese = isChinese() ? ZH_MODEL_WARNINGS[warning.code] : undefined;
  const text = chinese === undefined ? warning.message : chinese(warning.params);
  if (warning.path === "") return text;
  return isChinese() ? `${warning.path}：${text}` : `${warning.path}: ${text}`;
}

/** The caveats of a model's warnings (none without facts or warnings). */
export function modelCaveats(facts: ModelFacts | null | undefined): string[] {
  return (facts?.modelWarnings ?? []).map(modelWarningText);
}
