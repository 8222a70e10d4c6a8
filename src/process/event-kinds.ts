/**
 * The kinds of scheduled events, as small ints, and their same-time order: one table.
 *
 * "Teller pool capacity changes at 12:00" is EVENT_CAPACITY with the pool id as target;
 * "case #812 finishes data entry" is EVENT_STEP_END with the case slot as target. A kind's
 * number is also its same-time band: the event queue runs events that fall on the same
 * simulated minute in increasing kind, then in the order they were scheduled.
 *
 * At 12:00 a teller's shift ends, another teller finishes serving Ms A, and Mr B walks in.
 * The shift change runs first (so the pool knows its new capacity), then the service end
 * (the freed teller goes to the customer who was already waiting, not to Mr B), then the
 * arrival, then any customer whose patience runs out at exactly 12:00 (who is served if a
 * teller freed at that instant). The stop marker runs last, so every event at the horizon
 * itself is still processed.
 * INVARIANT: never order by chance or object identity; (time, kind, sequence) is total.
 * NOTE: a new kind is inserted where its same-time order belongs and the later ones are
 * renumbered; the numbers are only compared, never stored in results.
 */

/** A pool's rostered capacity changes (shift start/end, calendar open/close); target = pool id. */
export const EVENT_CAPACITY = 0;
/**
 * A pool fails (unplanned downtime): its activities in progress stop, nothing can seize it;
 * after the capacity change, before step ends; target = pool id.
 */
export const EVENT_POOL_DOWN = 1;
/** A failed pool is repaired: interrupted activities resume, its lines are served; target = pool id. */
export const EVENT_POOL_UP = 2;
/** A case finishes its activity at its current step and releases what it held, before any seize; target = case slot. */
export const EVENT_STEP_END = 3;
/**
 * A batch step's batch is due (its `at` time or the maxWait of its oldest case: it closes,
 * taking the cases that finished their previous step at that instant), or its processing
 * ends (its cases go on one by one); after step ends, before arrivals; target = the batch's slot.
 */
export const EVENT_BATCH_RELEASE = 4;
/** A source's next case arrives (after releases, so waiting cases are served first); target = source id. */
export const EVENT_ARRIVAL = 5;
/** A customer who was blocked, balked or abandoned tries again (after new arrivals); target = case slot. */
export const EVENT_RETRIAL = 6;
/** A waiting case's patience runs out (after releases: served if a server freed now); target = case slot. */
export const EVENT_PATIENCE = 7;
/** A waiting caller is offered to leave a message (after patience: one who hangs up now is gone); target = case slot. */
export const EVENT_MESSAGE_OFFER = 8;
/** A waiting case has waited its step's escalation limit (after patience and message offers: a case leaving at that instant is not escalated); target = case slot. */
export const EVENT_ESCALATION = 9;
/** The horizon of a steady-state run, after everything else at that instant; target unused. */
export const EVENT_STOP = 10;

/** Number of event kinds; every kind is in [0, EVENT_KIND_COUNT). */
export const EVENT_KIND_COUNT = 11;
