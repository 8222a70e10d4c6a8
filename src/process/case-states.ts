/**
 * The states a case can be in, and the moves between them.
 *
 * A walk-in customer is ARRIVING while the arrival is recorded, WAITING in the tellers'
 * line, IN_ACTIVITY at the counter, ROUTING for the instant between finishing one step and
 * entering the next (a zero-time decision step passes through IN_ACTIVITY and ROUTING at
 * the same minute), and FREE once it has left (done, abandoned or sent away): its slot is
 * reused. A customer sent home at closing who will come back the next morning is AWAY.
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

/** State names by code. */
export const CASE_STATE_NAMES: readonly string[] = ["free", "arriving", "waiting", "in activity", "routing", "away"];

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
  [CASE_ROUTING, CASE_FREE, "it leaves the process (completed)"],
];
