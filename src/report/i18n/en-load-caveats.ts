/**
 * The English caveats about a model's load: a pool offered more work than it has, overall or
 * in a peak hour. They read exactly as the warnings the model raises when it loads
 * (`model/source/messages.ts`, "overloaded" and "peakOverload", the peak's day worded as in
 * `model/checks/peak-days.ts`), as sentences; a test checks both. `zh-load-caveats.ts` has the same ids and parameters.
 *
 * "caveat.peakOverload" reads `Pool "tellers" is offered more work than it has in some hours:
 * ρ = 1.25 on the recorded day from 12:00 to 13:00 (the worst hour); …`.
 */
export const EN_LOAD_CAVEATS = {
  "caveat.overloaded": "Pool \"{pool}\" is offered {workHours} server-hours of work a week against {capacityHours} on duty (utilisation ρ = {rho} ≥ 1){growth}{relief} — add capacity, shorten {steps}{others} or lower the arrival rate.",
  "caveat.overloadedSteady": "; no steady state exists: the queue grows without bound and steady-state results are meaningless",
  "caveat.overloadedGrows": "; its queue grows through the run",
  "caveat.overloadedRelief": " unless abandonment relieves it",
  "caveat.overloadedOthers": " (the busiest of its {n} steps)",
  "caveat.peakOverload": "Pool \"{pool}\" is offered more work than it has in some hours: ρ = {rho} on {day} from {from} to {to} (the worst hour); queues build up then — add capacity for those hours (shifts) or spread the demand.",
  "caveat.peakRecordedDay": "the recorded day",
  "caveat.peakRecordedDays": "each recorded day, on average",
  "caveat.peakEveryDay": "every day",
  "caveat.peakEveryWorkingDay": "every working day",
} as const;
