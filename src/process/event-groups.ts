/**
 * Groups of event kinds the event loop tells apart with one table lookup instead of a chain
 * of comparisons: events whose target is a case slot, and events that change a pool's capacity.
 *
 * "Case #812 finishes data entry" (EVENT_STEP_END) names a case, so a failure while handling
 * it is reported with that case; "the teller pool drops to 3 at 12:00" (EVENT_CAPACITY) and a
 * pool failure change capacity, which does not count as progress of the cases.
 */
import {
  EVENT_CAPACITY, EVENT_KIND_COUNT, EVENT_MESSAGE_OFFER, EVENT_PATIENCE, EVENT_POOL_DOWN, EVENT_POOL_UP, EVENT_RETRIAL, EVENT_STEP_END,
} from "./event-kinds.js";

function kindTable(kinds: readonly number[]): Uint8Array {
  const table = new Uint8Array(EVENT_KIND_COUNT);
  for (const kind of kinds) table[kind] = 1;
  return table;
}

/** 1 for the event kinds whose target is a case slot (reported with a failure while handling it). */
export const TARGET_IS_CASE = kindTable([EVENT_STEP_END, EVENT_PATIENCE, EVENT_RETRIAL, EVENT_MESSAGE_OFFER]);

/** 1 for the event kinds that change a pool's capacity (not progress of the cases). */
export const CHANGES_CAPACITY = kindTable([EVENT_CAPACITY, EVENT_POOL_DOWN, EVENT_POOL_UP]);
