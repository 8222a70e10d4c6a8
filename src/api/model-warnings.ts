/**
 * The model's warnings as report facts: every warning the checks give when the model loads
 * (`model/checks`), the load warnings in the detail `load-warnings.ts` keeps, so the report
 * can state them in its caveats and not only on the terminal.
 *
 * A branch whose tellers have no shift from 12:00 to 13:00 on weekdays gives `{ code:
 * "shiftGap", path: "resources.tellers.shifts", params: { pool: "tellers", days: ["mon", …],
 * from: "12:00", to: "13:00" }, message: "pool \"tellers\" has no shift on mon, … from 12:00
 * to 13:00 while open; capacity is 0 then — …" }`: the manager reads it in the report.
 */
import type { Model } from "../model/compile/model.js";
import { runChecks } from "../model/checks/index.js";
import { formatPath, wordIssue } from "../model/source/issues.js";
import type { LoadWarningFacts, ModelFacts, ModelWarningFacts } from "../report/model-facts.js";
import { loadWarningFactsOf } from "./load-warnings.js";

/**
 * The model's warnings as `ModelFacts` carries them, from one run of the checks: the load
 * warnings in detail (`load-warnings.ts`), every other one by code, path and wording, in the
 * checks' order (each field absent when it would be empty).
 */
export function modelWarningsOf(model: Model): Pick<ModelFacts, "loadWarnings" | "modelWarnings"> {
  const loadWarnings: LoadWarningFacts[] = [];
  const modelWarnings: ModelWarningFacts[] = [];
  for (const draft of runChecks(model)) {
    if (draft.severity !== "warning") continue;
    const load = loadWarningFactsOf(draft);
    if (load !== null) loadWarnings.push(load);
    else modelWarnings.push({ code: draft.code, path: formatPath(draft.path), params: { ...draft.params } as Readonly<Record<string, unknown>>, message: wordIssue(draft) });
  }
  return { ...(loadWarnings.length > 0 ? { loadWarnings } : {}), ...(modelWarnings.length > 0 ? { modelWarnings } : {}) };
}
