/**
 * The warnings a run raises about itself, as message templates: the English ones read
 * exactly as the statistics word them in the results (`stats/summarise.ts`, `warmup.ts`,
 * `collect-end-of-day.ts`, `collect-batches.ts`), so a report can recognise each one and
 * word it again in the language in use (`warnings.ts`); `zh-warnings.ts` has the same ids.
 *
 * "warning.carriedOver" reads `12 cases in 3 of 20 replications waited at "vouchers" across a
 * closed period, …`.
 */
export const EN_WARNINGS = {
  "warning.unobserved": "{n} of {reps} replications ended before the warm-up of {warmup} min was over: nothing was observed in them.",
  "warning.oneReplication": "Only 1 replication: means have no confidence interval (run at least 2, ideally 10 or more).",
  "warning.noneCompleted": "No case completed after the warm-up in any replication: waiting and cycle times are undefined.",
  "warning.someEmpty": "No case completed after the warm-up in {n} of {reps} replications: their waiting and cycle times are left out of the means.",
  "warning.tooShort": "The run is too short for a steady state: over a run of {horizonDuration}, cases in process (averaged over the replications) do not settle within the first half ({method}), so long-run figures are biased by the empty start. Run much longer (and set run.warmup to the estimate it then reports).",
  "warning.warmupShort": "The declared warm-up of {declaredDuration} is shorter than the {estimatedDuration} estimated from cases in process ({method}): statistics include part of the start-up transient. Set run.warmup to at least {atLeastDuration}.",
  "warning.carriedOver": "{n} cases in {affected} of {reps} replications waited at \"{step}\" across a closed period{wait}, but no end-of-day rule is declared. Declare endOfDay (serve, sendAway or carryOver) on the calendar, the pool or the step (docs/model-language.md, End of day).",
  "warning.carriedOverWait": ", waiting {minutes} min on average until served",
  "warning.partialBatches": "{n} partial batches in {affected} of {reps} replications were released at \"{step}\" only because the run was over (a size rule alone, and the arrivals had ended): they were processed at the end of the horizon. Add batch.at or batch.maxWait to say when a remainder is processed (docs/model-language.md, Batch steps).",
  "warning.mser5": "MSER-5",
  "warning.mserDaily": "MSER on daily means",
  "warning.mserWeekly": "MSER on weekly means",
} as const;
