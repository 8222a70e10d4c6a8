/**
 * The future-event list: a binary min-heap over integer event ids, keyed by
 * (time, kind, sequence number).
 *
 * "Teller 3 finishes Ms A at 10:42; Mr B arrives at 10:42; the counter closes at 17:00"
 * are three entries. Each event carries a small-int kind and an integer target (a case
 * slot, a source or a pool id) — never a closure or an object — so scheduling allocates
 * nothing once the arrays have grown to the run's peak size.
 * INVARIANT: ties in time are broken by kind — callers number their kinds in same-time
 * order (the process's table is process/event-kinds.ts) — then by scheduling order; the
 * order never depends on chance or object identity.
 */
import { growFloat64, growInt32 } from "./typed-arrays.js";

/** Sequence numbers stay below 2^45, so kind * 2^45 + sequence is exact in a double. */
const KIND_SCALE = 2 ** 45;
const INITIAL_CAPACITY = 64;

/** Min-heap of scheduled events; see the module comment. */
export class EventQueue {
  private time = new Float64Array(INITIAL_CAPACITY);
  /** kind * 2^45 + sequence: the tie-breaking key after time. */
  private order = new Float64Array(INITIAL_CAPACITY);
  private kinds = new Int32Array(INITIAL_CAPACITY);
  private targets = new Int32Array(INITIAL_CAPACITY);
  /** Heap position of each event id; -1 when the id is free. */
  private position = new Int32Array(INITIAL_CAPACITY).fill(-1);
  private heap = new Int32Array(INITIAL_CAPACITY);
  private freeIds = new Int32Array(INITIAL_CAPACITY);
  private freeCount = 0;
  private idCount = 0;
  private count = 0;
  private sequence = 0;

  /** Time of the event last returned by `pop`, minutes. */
  poppedTime = 0;
  /** Kind of the event last returned by `pop`. */
  poppedKind = 0;
  /** Target of the event last returned by `pop`. */
  poppedTarget = 0;

  /** Number of pending events. */
  get size(): number {
    return this.count;
  }

  /**
   * Schedules an event and returns its id (valid until it is popped or removed).
   * `kind` must be a small non-negative integer: at the same `time`, smaller kinds run
   * first (it is the event's same-time band); `time` a finite number.
   */
  schedule(time: number, kind: number, target: number): number {
    const id = this.freeCount > 0 ? this.freeIds[--this.freeCount] : this.newId();
    this.time[id] = time;
    this.order[id] = kind * KIND_SCALE + this.sequence++;
    this.kinds[id] = kind;
    this.targets[id] = target;
    if (this.count === this.heap.length) this.heap = growInt32(this.heap, this.heap.length * 2);
    this.siftUp(this.count++, id);
    return id;
  }

  /**
   * Removes the earliest event, exposing it as `poppedTime`/`poppedKind`/`poppedTarget`.
   * Returns false (and changes nothing) when the queue is empty.
   */
  pop(): boolean {
    if (this.count === 0) return false;
    const id = this.heap[0];
    this.poppedTime = this.time[id];
    this.poppedKind = this.kinds[id];
    this.poppedTarget = this.targets[id];
    this.release(id);
    const last = this.heap[--this.count];
    if (this.count > 0) this.siftDown(0, last);
    return true;
  }

  /** Time of the earliest event; Infinity when empty. */
  peekTime(): number {
    return this.count === 0 ? Infinity : this.time[this.heap[0]];
  }

  /** Cancels a pending event by id (e.g. a patience timer when service starts). */
  remove(id: number): void {
    const at = this.position[id];
    if (at < 0) throw new Error(`EventQueue invariant violated: event ${id} is not pending`);
    this.release(id);
    const last = this.heap[--this.count];
    if (at === this.count) return;
    if (at > 0 && this.before(last, this.heap[(at - 1) >> 1])) this.siftUp(at, last);
    else this.siftDown(at, last);
  }

  /**
   * The id of a pending event of `kind` for `target`, or -1. Scans the heap: for rare
   * occasions only (a pool failure interrupting its activities), never per event.
   */
  findPending(kind: number, target: number): number {
    for (let i = 0; i < this.count; i++) {
      const id = this.heap[i];
      if (this.kinds[id] === kind && this.targets[id] === target) return id;
    }
    return -1;
  }

  /** Scheduled time of pending event `id`, minutes. */
  timeOf(id: number): number {
    return this.time[id];
  }

  private newId(): number {
    const id = this.idCount++;
    if (id === this.time.length) this.growIds(id * 2);
    return id;
  }

  private release(id: number): void {
    this.position[id] = -1;
    this.freeIds[this.freeCount++] = id;
  }

  private growIds(size: number): void {
    this.time = growFloat64(this.time, size);
    this.order = growFloat64(this.order, size);
    this.kinds = growInt32(this.kinds, size);
    this.targets = growInt32(this.targets, size);
    const position = new Int32Array(size).fill(-1);
    position.set(this.position);
    this.position = position;
    this.freeIds = growInt32(this.freeIds, size);
  }

  /** True when event a must run before event b. */
  private before(a: number, b: number): boolean {
    const ta = this.time[a];
    const tb = this.time[b];
    return ta < tb || (ta === tb && this.order[a] < this.order[b]);
  }

  // NOTE: hole-based sifting: the moving id is written once, at its final position.
  private siftUp(at: number, id: number): void {
    const heap = this.heap;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const parentId = heap[parent];
      if (!this.before(id, parentId)) break;
      heap[at] = parentId;
      this.position[parentId] = at;
      at = parent;
    }
    heap[at] = id;
    this.position[id] = at;
  }

  private siftDown(at: number, id: number): void {
    const heap = this.heap;
    const n = this.count;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= n) break;
      if (child + 1 < n && this.before(heap[child + 1], heap[child])) child++;
      const childId = heap[child];
      if (!this.before(childId, id)) break;
      heap[at] = childId;
      this.position[childId] = at;
      at = child;
    }
    heap[at] = id;
    this.position[id] = at;
  }
}
