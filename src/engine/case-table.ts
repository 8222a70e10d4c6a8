/**
 * The cases in the system, as struct-of-arrays slots with a free list.
 *
 * A loan application that arrives at 09:12 occupies one slot: its source, its number
 * within that source (#812 — the key for its random draws), class, priority, arrival time,
 * current step, when it joined its current queue, how long it has waited in total, and how
 * often it has visited each step (rework). When it leaves, the slot is reused by the next
 * arrival. Arrays grow by doubling, so the cost is amortised, never per event.
 * INVARIANT: a typed-array field must be re-read from the table after `allocate`, because
 * growing replaces the arrays.
 */
import { growFloat64, growInt32 } from "./typed-arrays.js";

const INITIAL_SLOTS = 64;

/** Per-case state; every field is indexed by slot. */
export class CaseTable {
  /** Source id. */
  source = new Int32Array(INITIAL_SLOTS);
  /** 0-based number of the case within its source (the counter for its random draws). */
  ordinal = new Float64Array(INITIAL_SLOTS);
  /** Class id. */
  cls = new Int32Array(INITIAL_SLOTS);
  /** Larger is served first. */
  priority = new Float64Array(INITIAL_SLOTS);
  /** Arrival time, minutes. */
  arrival = new Float64Array(INITIAL_SLOTS);
  /** Current step id. */
  step = new Int32Array(INITIAL_SLOTS);
  /** Time the case joined its current waiting line, minutes. */
  enqueuedAt = new Float64Array(INITIAL_SLOTS);
  /** Global enqueue order (FIFO tie-break across the steps sharing a pool). */
  enqueueOrder = new Float64Array(INITIAL_SLOTS);
  /** Total minutes spent waiting so far. */
  waited = new Float64Array(INITIAL_SLOTS);
  /** Duration of the activity in progress, minutes. */
  activity = new Float64Array(INITIAL_SLOTS);
  /** Where the case is in its life (arriving, waiting, in activity …); 0 = free slot. The codes belong to the process (process/case-states.ts). */
  state = new Uint8Array(INITIAL_SLOTS);
  /** Pending patience event id, or -1. */
  patienceEvent = new Int32Array(INITIAL_SLOTS).fill(-1);
  /** Visits to each step: index slot * stepCount + step. */
  visits: Int32Array;
  /**
   * Added to the visit word of the case's random draws: 0 for a case, part number × 2^20 for
   * a part of a fork (docs/architecture.md, common random numbers for case families). The
   * process that creates a part sets it and resets it to 0 before releasing the slot.
   */
  visitOffset = new Float64Array(INITIAL_SLOTS);

  private readonly stepCount: number;
  private freeSlots = new Int32Array(INITIAL_SLOTS);
  private freeCount = 0;
  private slotCount = 0;
  private live = 0;

  /** `stepCount` sizes the per-(case, step) visit counters. */
  constructor(stepCount: number) {
    this.stepCount = Math.max(1, stepCount);
    this.visits = new Int32Array(INITIAL_SLOTS * this.stepCount);
  }

  /** Cases currently in the system. */
  get inSystem(): number {
    return this.live;
  }

  /** Number of slots ever used (the high-water mark). */
  get slotsUsed(): number {
    return this.slotCount;
  }

  /** Takes a free slot (growing the table when none is free); its visit counters are zero. */
  allocate(): number {
    this.live++;
    if (this.freeCount > 0) return this.freeSlots[--this.freeCount];
    if (this.slotCount === this.source.length) this.grow(this.slotCount * 2);
    return this.slotCount++;
  }

  /** Returns a slot to the free list and clears its visit counters. */
  release(slot: number): void {
    this.live--;
    // NOTE: a plain loop: typed-array fill costs a builtin call for a handful of entries.
    const visits = this.visits;
    for (let i = slot * this.stepCount, end = i + this.stepCount; i < end; i++) visits[i] = 0;
    this.patienceEvent[slot] = -1;
    this.state[slot] = 0;
    this.freeSlots[this.freeCount++] = slot;
  }

  private grow(size: number): void {
    this.source = growInt32(this.source, size);
    this.ordinal = growFloat64(this.ordinal, size);
    this.cls = growInt32(this.cls, size);
    this.priority = growFloat64(this.priority, size);
    this.arrival = growFloat64(this.arrival, size);
    this.step = growInt32(this.step, size);
    this.enqueuedAt = growFloat64(this.enqueuedAt, size);
    this.enqueueOrder = growFloat64(this.enqueueOrder, size);
    this.waited = growFloat64(this.waited, size);
    this.activity = growFloat64(this.activity, size);
    this.visitOffset = growFloat64(this.visitOffset, size);
    const state = new Uint8Array(size);
    state.set(this.state);
    this.state = state;
    const patience = new Int32Array(size).fill(-1);
    patience.set(this.patienceEvent);
    this.patienceEvent = patience;
    this.visits = growInt32(this.visits, size * this.stepCount);
    this.freeSlots = growInt32(this.freeSlots, size);
  }
}
