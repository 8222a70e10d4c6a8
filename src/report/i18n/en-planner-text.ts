/**
 * The English texts of the planner's terminal tables (`procsim sweep`, `sweep --tornado`,
 * `procsim staff`): titles, notes, verdicts and the column headers a reader sees (the columns
 * keep their English ids, see headers.ts). `zh-planner-text.ts` has the same ids and
 * parameters; both are part of the one catalogue (`en.ts`, `zh.ts`).
 *
 * "staff.allMeet" reads "Every interval meets the target (lower 95% bound ≥ 80.0%)." under
 * the tellers' roster.
 */
export const EN_PLANNER_TEXT = {
  "column.interval": "interval",
  "column.arrivals/h": "arrivals/h",
  "column.load (erl)": "load (erl)",
  "column.Erlang": "Erlang",
  "column.required": "required",
  "column.scheduled": "scheduled",
  "column.service level [95% CI]": "service level [95% CI]",
  "column.occupancy": "occupancy",
  "column.frontier": "frontier",
  "column.input": "input",
  "staff.misses": "misses",
  "staff.binds": "binds",
  "staff.afterRound": " after 1 round of simulation",
  "staff.afterRounds": " after {rounds} rounds of simulation",
  "staff.allMeet": "Every interval meets the target (lower 95% bound ≥ {share}){rounds}.",
  "staff.someMiss": "{misses} interval(s) miss the target (lower 95% bound below {share}){rounds}{hint}.",
  "staff.beyond": "beyond staff",
  "staff.beyondVerdict": "{count} interval(s) miss the target whatever their staff ({intervals}): more {pool} in them bought less than a tenth of the shortfall, so their cases wait for something else — another pool the step also needs, work that reaches the step late and waits overnight, or a step before it that holds the work up. Look at the step's other pools, the end-of-day rule and the steps before, or measure the wait in working time (a service level's clock: working).",
  "staff.carriedOver": "Outside every interval: {cases} cases per closing are carried over at {step} (they reach it after closing or still wait there then) and wait for the next opening; no roster within the opening hours serves them — the end-of-day rule decides.",
  "staff.cameBack": "Outside every interval: {cases} cases per closing are sent home from {step} (they reach it after closing or still wait there then) and come back at the next opening, ahead of that day's new work; they count by when they first reached {step}, not in the opening interval — the end-of-day rule decides.",
  "staff.raiseHint": "; raise --rounds or --max-staff",
  "staff.target": "{share} within {maxWait}",
  "staff.targetOfClass": "{share} within {maxWait} for class {class}",
  "staff.title": "{model} — pool {pool}, target {target} in every {width}-minute interval; {replications} replications, seed {seed}",
  "staff.paidHours": "paid hours {hours}{abandon}",
  "staff.money": "cost {cost} (roster {roster} + simulated overtime {overtime}), paid hours {hours}, over-coverage {over} staff-hours{abandon}",
  "staff.overloaded": "Warning: in {count} interval(s) ({intervals}) the offered load of all cases is at or above the {pool} on duty: the pool is overloaded there, and the cases the target does not judge queue without bound (their waits and the overtime grow); roster more {pool} there or judge every class.",
  "staff.abandonment": ", abandonment {share}",
  "staff.roster": "Roster: {roster}",
  "staff.nobody": "(nobody)",
  "staff.notes": "Erlang = analytic requirement (Erlang C/A on the modified offered load); required = the fewest staff a simulated roster met the target with (— where no simulated roster met it, or no case reached the interval); scheduled = the fewest on duty at any moment of the interval (breaks included); binds = no one to spare. Service level of the cases reaching the pool's step in each interval; occupancy = busy staff-time over rostered staff-time, above 100% where staff finish cases after their shift ends.",
  "staff.notesEvaluated": "Erlang = analytic requirement (Erlang C/A on the modified offered load); scheduled = the fewest on duty at any moment of the interval (breaks included); binds = no one to spare by Erlang. Service level of the cases reaching the pool's step in each interval; occupancy = busy staff-time over rostered staff-time, above 100% where staff finish cases after their shift ends.",
  "staff.roundLimit": "The search stopped at its limit (--rounds {rounds}) with {count} interval(s) still to try ({intervals}): a cheaper roster may meet the target; raise --rounds.",
  "sweep.title": "{model} — {points} points ({mode}), {replications} replications each, seed {seed}",
  "sweep.factorial": "full factorial",
  "sweep.oneAtATime": "one at a time",
  "sweep.note": "Mean ± 95% half-width, or mean [95% interval] where the interval is not symmetric (percentiles, shares near 0 or 100%). Every point ran the same replications on the same seed (common random numbers).",
  "sweep.frontierNote": " * = on the cost/service frontier.",
  "sweep.atPoints": "at {points}: {text}",
  "sweep.asModel": "(model)",
  "tornado.title": "{model} — sensitivity of {label} ({key}) to ±{pct}% in each input, {replications} paired replications, seed {seed}",
  "tornado.points": " pts",
} as const;
