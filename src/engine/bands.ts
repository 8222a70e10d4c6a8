/**
 * Same-time priority bands: the order in which events that fall on the same simulated
 * minute are processed.
 *
 * At 12:00 a teller's shift ends, another teller finishes serving Ms A, and Mr B walks in.
 * The shift change runs first (so the pool knows its new capacity), then the service end
 * (the freed teller goes to the customer who was already waiting, not to Mr B), then the
 * arrival, then any customer whose patience runs out at exactly 12:00 (who is served if a
 * teller freed at that instant). The stop marker runs last, so every event at the horizon
 * itself is still processed. Within a band, events run in the order they were scheduled.
 * INVARIANT: never order by chance or object identity; (time, band, sequence) is total.
 */

/** A pool's rostered capacity changes (shift start/end, calendar open/close). */
export const BAND_CAPACITY = 0;
/** A case finishes its activity at a step and releases what it held, before any seize. */
export const BAND_STEP_END = 1;
/** A new case arrives (after releases, so waiting cases are served first). */
export const BAND_ARRIVAL = 2;
/** A waiting case's patience runs out (after releases: served if a server freed now). */
export const BAND_PATIENCE = 3;
/** End of the run (horizon): after everything else at that instant. */
export const BAND_STOP = 4;

/** Number of bands; every band is in [0, BAND_COUNT). */
export const BAND_COUNT = 5;
