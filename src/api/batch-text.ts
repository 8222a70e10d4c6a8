/**
 * A batch step's release rules in a planner's words, for the assumptions table and the list
 * of what a proposal changes: "every 20 or at 16:00", "at 12:00, 16:45 or every 20".
 */
import type { BatchRule } from "../model/compile/model.js";
import { clockTime, formatDuration } from "../report/format.js";
import { t } from "../report/i18n/translate.js";

/** "every 20, at 12:00, 16:45 or after 2 h at most (one time per batch)". */
export function batchRuleText(rule: BatchRule): string {
  const rules = [
    ...(rule.size === null ? [] : [t("batch.every", { n: rule.size })]),
    ...(rule.at.length === 0 ? [] : [t("batch.at", { times: rule.at.map(clockTime).join(", ") })]),
    ...(rule.maxWait === null ? [] : [t("batch.after", { wait: formatDuration(rule.maxWait) })]),
  ];
  const last = rules.pop() as string;
  const text = rules.length === 0 ? last : t("batch.rules", { first: rules.join(", "), last });
  return rule.durationPer === "item" ? t("batch.perCase", { rules: text }) : t("batch.perBatch", { rules: text });
}
