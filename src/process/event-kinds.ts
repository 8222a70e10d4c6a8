/**
 * The kinds of scheduled events, as small ints (the loop dispatches on them with a switch).
 *
 * "Teller pool capacity changes at 12:00" is EVENT_CAPACITY with the pool id as target;
 * "case #812 finishes data entry" is EVENT_STEP_END with the case slot as target.
 */

/** A source's next case arrives; target = source id. */
export const EVENT_ARRIVAL = 0;
/** A case finishes its activity at its current step; target = case slot. */
export const EVENT_STEP_END = 1;
/** A pool's rostered capacity changes; target = pool id. */
export const EVENT_CAPACITY = 2;
/** A waiting case's patience runs out; target = case slot. */
export const EVENT_PATIENCE = 3;
/** The horizon of a steady-state run; target unused. */
export const EVENT_STOP = 4;
