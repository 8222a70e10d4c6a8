/**
 * One located model issue as the terminal prints it, in the language in use: a model's
 * warning reads in Chinese under --lang zh (or `language: zh`), with the same words as the
 * report's caveats; errors, and codes without a Chinese wording, keep the English text.
 *
 * `branch.yaml:12:5  resources.tellers.shifts  warning: pool "tellers" has no shift …` reads
 * `branch.yaml:12:5  resources.tellers.shifts  警告：资源池“tellers”在周一、… 营业期间没有班次，…`.
 */
import { formatIssue, formatIssueWith, type IssueDraft, type ModelIssue } from "../model/source/issues.js";
import { loadWarningFactsOf } from "../api/load-warnings.js";
import { loadWarningText } from "../report/load-caveats.js";
import { ZH_MODEL_WARNINGS } from "../report/i18n/zh-model-warnings.js";
import { isChinese } from "../report/i18n/translate.js";

/** A warning's Chinese wording, or null where there is none; a sweep point's or roster's warning wraps the model's own. */
function chineseWarning(issue: ModelIssue | IssueDraft): string | null {
  if (issue.code === "pointWarning") {
    const { points, likewise, inner } = issue.params;
    // INVARIANT: inner holds a draft's code and params as the point's check made them.
    const own = chineseWarning(inner as unknown as IssueDraft);
    return own === null ? null : `在 ${points}：${own}${likewise === null ? "" : `；在 ${likewise} 也有同类警告`}`;
  }
  if (issue.code === "rosterWarning") {
    // INVARIANT: inner holds a draft's code and params as the roster's check made them.
    const own = chineseWarning(issue.params.inner as unknown as IssueDraft);
    return own === null ? null : `排班 ${issue.params.roster} 下：${own}`;
  }
  if (issue.code === "withOptions") {
    // INVARIANT: inner holds a draft's code and params as the check of the model with the options made them.
    const own = chineseWarning(issue.params.inner as unknown as IssueDraft);
    return own === null ? null : `使用选项（${issue.params.options}）时：${own}`;
  }
  const load = loadWarningFactsOf(issue);
  if (load !== null) return loadWarningText(load);
  const wording = ZH_MODEL_WARNINGS[issue.code];
  return wording === undefined ? null : wording(issue.params as Readonly<Record<string, unknown>>);
}

/** The line of one issue: `file:line:column  path  warning: message`, a warning in the language in use. */
export function issueLine(issue: ModelIssue): string {
  const chinese = issue.severity === "warning" && isChinese() ? chineseWarning(issue) : null;
  return chinese === null ? formatIssue(issue) : formatIssueWith(issue, `警告：${chinese}`);
}
