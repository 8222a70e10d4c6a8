/**
 * The load warnings of a model as report facts: the same checks that warn when the model
 * loads (`model/checks/offered-load.ts`, `peak-load.ts`), kept as data so the report can
 * state them in its caveats in its own language.
 *
 * A replayed branch day whose tellers are offered 1.25 times their staff time from 12:00 to
 * 13:00 gives `{ kind: "peakOverload", pool: "tellers", rho: 1.25, day: "the recorded day",
 * when: { kind: "recordedDay" }, from: "12:00", to: "13:00" }`; the manager reads it in the report, not only on the terminal.
 */
import type { IssueDraft, ModelIssue } from "../model/source/issues.js";
import type { LoadWarningFacts } from "../report/model-facts.js";

/** The facts of one load warning (a draft, or the located issue made from it); null for another kind. */
export function loadWarningFactsOf(draft: IssueDraft | ModelIssue): LoadWarningFacts | null {
  if (draft.code === "overloaded") {
    const { pool, workHours, capacityHours, rho, steadyState, patience, steps, otherSteps } = draft.params;
    return { kind: "overloaded", pool, workHours, capacityHours, rho, steadyState, patience, steps: [...steps], otherSteps };
  }
  if (draft.code === "peakOverload") {
    const { pool, rho, day, when, from, to } = draft.params;
    return { kind: "peakOverload", pool, rho, day, when, from, to };
  }
  return null;
}
