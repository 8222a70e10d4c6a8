/**
 * The states a case can be in, and the moves between them.
 *
 * A walk-in customer is ARRIVING while the arrival is recorded, WAITING in the tellers'
 * line, IN_ACTIVITY at the counter, ROUTING for the instant between finishing one step and
 * entering the next (a zero-time decision step passes through IN_ACTIVITY and ROUTING at
 * the same minute), and FREE once it has left (done, abandoned or sent away): its slot is
 * reused. A customer sent home at closing who will come back the next morning is AWAY. A
 * loan file whose credit check and valuation run in parallel is AT_JOIN while its parts
 * (created in ROUTING by the fork) do the work.
 * The engine writes the state at every move (one byte store); tests check that every move
 * it makes is one of `CASE_MOVES`.
 */

/** Not in the system: the slot is free (the case completed or abandoned). */
export const CASE_FREE = 0;
/** Just arrived; not yet in its first step. */
export const CASE_ARRIVING = 1;
/** In the waiting line of a service step (a patience timer may be running). */
export const CASE_WAITING = 2;
/** Its activity at the current step has started and its end is scheduled (or it is a zero-time delay). */
export const CASE_IN_ACTIVITY = 3;
/** Finished an activity; being routed to its next step or out of the process. */
export const CASE_ROUTING = 4;

/** Sent away at closing; rejoins its step's line when the step next opens (same case, same draws). */
export const CASE_AWAY = 5;

/** Passed a fork: waits at its join until its parts are back (it holds nothing meanwhile). */
export const CASE_AT_JOIN = 6;

/** Blocked, balked or abandoned, and will try again after a delay (same case, same draws). */
export const CASE_RETRYING = 7;

/** Interrupted in service by a case of higher priority; waits in its line to resume its remaining work. */
export const CASE_PREEMPTED = 8;

/**
 * At a batch step: collected into the batch being formed, or in a closed batch waiting for
 * its resources. The batch itself (process/steps/batch.ts) also occupies a slot, which is not
 * a case: batched until its processing starts, in activity until it ends, then free again.
 */
export const CASE_BATCHED = 9;

/** State names by code. */
export const CASE_STATE_NAMES: readonly string[] = ["free", "arriving", "waiting", "in activity", "routing", "away", "at join", "retrying", "preempted", "batched"];

/** Every move the engine makes, as [from, to, why]. */
export const CASE_MOVES: readonly (readonly [number, number, string])[] = [
  [CASE_FREE, CASE_ARRIVING, "a case arrives"],
  [CASE_ARRIVING, CASE_WAITING, "its first step's resources are busy"],
  [CASE_ARRIVING, CASE_IN_ACTIVITY, "its first step starts at once"],
  [CASE_WAITING, CASE_IN_ACTIVITY, "a freed resource serves it"],
  [CASE_WAITING, CASE_FREE, "its patience runs out (abandonment), or it is sent away at closing (also when it reaches a step already closed)"],
  [CASE_WAITING, CASE_AWAY, "it is sent away at closing and will come back"],
  [CASE_AWAY, CASE_WAITING, "it comes back at the next opening and the line is busy"],
  [CASE_AWAY, CASE_IN_ACTIVITY, "it comes back at the next opening and is served at once"],
  [CASE_IN_ACTIVITY, CASE_ROUTING, "its activity ends"],
  [CASE_ROUTING, CASE_WAITING, "the next step's resources are busy"],
  [CASE_ROUTING, CASE_IN_ACTIVITY, "the next step starts at once"],
  [CASE_ROUTING, CASE_FREE, "it leaves the process (completed), or a part reaches its join (or is withdrawn when its activity ends)"],
  [CASE_FREE, CASE_ROUTING, "a fork creates a part, routed at once to its branch's first step"],
  [CASE_ROUTING, CASE_AT_JOIN, "it passes a fork and waits at the join for its parts"],
  [CASE_AT_JOIN, CASE_ROUTING, "enough of its parts are back: the join releases it"],
  [CASE_AT_JOIN, CASE_FREE, "it is itself a part, withdrawn (a k-of-n join released its parent) with its own parts"],
  [CASE_ARRIVING, CASE_FREE, "every trunk line is busy, or its first step is full or it balks there, and it does not try again"],
  [CASE_ARRIVING, CASE_RETRYING, "blocked or balking at arrival, it will try again"],
  [CASE_ROUTING, CASE_RETRYING, "blocked or balking at its next step, it will try again"],
  [CASE_WAITING, CASE_RETRYING, "it abandons and will try again"],
  [CASE_RETRYING, CASE_ARRIVING, "it tries again"],
  [CASE_WAITING, CASE_ROUTING, "it leaves a message and goes to the callback step"],
  [CASE_IN_ACTIVITY, CASE_PREEMPTED, "a case of higher priority interrupts it (preemptive step)"],
  [CASE_PREEMPTED, CASE_IN_ACTIVITY, "a freed server resumes its remaining work"],
  [CASE_PREEMPTED, CASE_FREE, "it is sent away at closing while interrupted"],
  [CASE_PREEMPTED, CASE_AWAY, "it is sent away at closing while interrupted and will come back"],
  [CASE_PREEMPTED, CASE_ROUTING, "its step sends interrupted cases elsewhere (preempt interrupted: send): it goes on to that step"],
  [CASE_WAITING, CASE_ROUTING, "it is escalated to another step"],
  [CASE_ARRIVING, CASE_BATCHED, "its first step is a batch step: it is collected into a batch"],
  [CASE_ROUTING, CASE_BATCHED, "it reaches a batch step: it is collected into a batch"],
  [CASE_BATCHED, CASE_IN_ACTIVITY, "its batch starts being processed"],
];
