/**
 * The model's other warnings as report facts: every warning the checks give when the model
 * loads (`model/checks`), except the load warnings that `load-warnings.ts` keeps in detail,
 * so the report can state them in its caveats and not only on the terminal.
 *
 * A branch whose tellers have no shift from 12:00 to 13:00 on weekdays gives `{ code:
 * "shiftGap", path: "resources.tellers.shifts", params: { pool: "tellers", days: ["mon", …],
 * from: "12:00", to: "13:00" }, message: "pool \"tellers\" has no shift on mon, … from 12:00
 * to 13:00 while open; capacity is 0 then — …" }`: the manager reads it in the report.
 */
import type { Model } from "../model/compile/model.js";
import { runChecks } from "../model/checks/index.js";
import { formatPath, wordIssue } from "../model/source/issues.js";
import type { ModelFacts } from "../report/model-facts.js";

/** Warnings `load-warnings.ts` states in detail (pool load over the week and in its worst hour). */
const LOAD_CODES: ReadonlySet<string> = new Set(["overloaded", "peakOverload"]);

/** The model's warnings other than its load warnings, in the checks' order (nothing when there are none). */
export function modelWarningsOf(model: Model): Pick<ModelFacts, "modelWarnings"> {
  const warnings = runChecks(model)
    .filter((draft) => draft.severity === "warning" && !LOAD_CODES.has(draft.code))
    .map((draft) => ({ code: draft.code, path: formatPath(draft.path), params: { ...draft.params } as Readonly<Record<string, unknown>>, message: wordIssue(draft) }));
  return warnings.length > 0 ? { modelWarnings: warnings } : {};
}
