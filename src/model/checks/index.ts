/**
 * All cross-checks of a normalised model, in one call.
 *
 * Runs on the `Model` (not the YAML), so a notebook that changes a parameter in code can
 * re-check the changed model: `checkModel(model)` returns drafts with YAML paths and no
 * positions; `load.ts` locates them when a file is at hand.
 */
import type { Model } from "../compile/model.js";
import type { IssueDraft } from "../source/issues.js";
import { checkAdmission } from "./admission.js";
import { checkBatchCombinations } from "./batch-combinations.js";
import { checkAttributes } from "./attributes.js";
import { checkCapacity } from "./capacity.js";
import { checkClasses } from "./classes.js";
import { checkDistParams } from "./dist-params.js";
import { checkDowntimeSend } from "./downtime-send.js";
import { checkEndOfDay } from "./end-of-day.js";
import { checkEscalationCycles } from "./escalation-cycles.js";
import { checkForkJoin } from "./fork-join.js";
import { checkIdlePools } from "./idle-pools.js";
import { sharedPoolGroups } from "./shared-pools.js";
import { checkNames } from "./names.js";
import { checkOfferedLoad } from "./offered-load.js";
import { checkPeakLoad } from "./peak-load.js";
import { checkReferences } from "./references.js";
import { checkRouting } from "./routing.js";
import { checkRework } from "./rework.js";
import { checkReworkInForks } from "./rework-forks.js";
import { checkHeldResources } from "./held-resources.js";
import { checkRunSettings } from "./run-settings.js";
import { checkArrivalSpan } from "./arrival-span.js";
import { checkWindowWeeks } from "./window-weeks.js";
import { checkSkills } from "./skills.js";
import { checkPreemptSend } from "./preempt-send.js";
import { checkTimeBounds } from "./time-bounds.js";
import { checkRecordingLength } from "./recording-length.js";

/**
 * Every semantic problem of a model but its load: names, references, distribution
 * parameters, routing, capacity and shifts, run settings. A model with a shape error is
 * checked this far only (on its salvaged copy): its load is never weighed.
 */
export function runCrossChecks(model: Model): IssueDraft[] {
  return [
    ...checkNames(model),
    ...checkReferences(model),
    ...checkDistParams(model),
    ...checkRouting(model),
    ...checkRework(model),
    ...checkHeldResources(model),
    ...checkCapacity(model),
    ...checkRunSettings(model),
    ...checkArrivalSpan(model),
    ...checkWindowWeeks(model),
    ...checkAttributes(model),
    ...checkEndOfDay(model),
    ...checkTimeBounds(model),
    ...checkForkJoin(model),
    ...checkAdmission(model),
    ...checkClasses(model),
    ...checkSkills(model),
    ...checkEscalationCycles(model),
    ...checkPreemptSend(model),
    ...checkBatchCombinations(model),
    ...checkDowntimeSend(model),
    ...checkReworkInForks(model),
    ...checkRecordingLength(model),
  ];
}

/**
 * Every semantic problem of a model: the cross-checks and, when those pass, the offered load
 * per pool over the week and in its worst hour.
 */
export function runChecks(model: Model): IssueDraft[] {
  const issues = runCrossChecks(model);
  if (issues.some((issue) => issue.severity === "error")) return issues;
  const overloaded = checkOfferedLoad(model);
  // Pools sharing servedBy work are weighed together over the week only; their hours are not checked one by one.
  const shared = sharedPoolGroups(model).flatMap((group) => group.pools);
  const overloadedPools = new Set([...shared, ...overloaded.flatMap((issue) => (issue.code === "overloaded" ? [issue.params.pool] : []))]);
  return [...issues, ...checkIdlePools(model), ...overloaded, ...checkPeakLoad(model, overloadedPools)];
}
