/**
 * What a step handler reports back to the case-advance loop (simmer's activity statuses).
 *
 * A "decide channel" step that takes no time and holds nothing is passed straight through
 * (CONTINUE: the loop routes the case on at once); "review" with a busy analyst enqueues the
 * case (WAITING), as does any step whose activity was scheduled; "exit" ends it (DONE).
 */

/** The case is waiting: an activity end is scheduled, or it joined a line. */
export const STATUS_WAITING = 0;
/** The step finished at once (zero time, no resources): route the case on now. */
export const STATUS_CONTINUE = 1;
/** The case goes on to another step than its route's (an overflow): the loop reads `Simulation.divertTo`. */
export const STATUS_DIVERT = 2;
