/**
 * Which pools served each case in process, so that output per staff hour of a pool counts
 * the completed cases that pool actually served.
 *
 * A loan file handled by a clerk at intake and by an analyst at review, but never by the
 * manager, adds one served case to clerks and analysts and none to managers when it completes.
 * NOTE: one byte per (case slot, pool), in a typed array that doubles when the engine uses a
 * slot beyond it; no hook allocates in the steady state.
 */
/** Per case slot, a served-by flag per pool; counts completed cases served per pool. */
export class CasePools {
  private flags: Uint8Array;
  /** Completed cases (from warm-up on) each pool served at least once, by pool id. */
  readonly served: Float64Array;
  private readonly stepStart: Int32Array;
  private readonly stepPool: Int32Array;

  /** @param stepPools the pools each step seizes, by step id. */
  constructor(
    private readonly pools: number,
    stepPools: readonly (readonly number[])[],
    initialSlots = 1024,
  ) {
    this.flags = new Uint8Array(Math.max(1, initialSlots) * pools);
    this.served = new Float64Array(pools);
    this.stepStart = new Int32Array(stepPools.length + 1);
    stepPools.forEach((list, s) => (this.stepStart[s + 1] = this.stepStart[s] + list.length));
    this.stepPool = Int32Array.from(stepPools.flat());
  }

  /** The case in `slot` started service at `step`: the step's pools serve it. */
  start(slot: number, step: number): void {
    const base = slot * this.pools;
    if (base + this.pools > this.flags.length) this.grow(base + this.pools);
    for (let i = this.stepStart[step]; i < this.stepStart[step + 1]; i++) this.flags[base + this.stepPool[i]] = 1;
  }

  /** The case in `slot` left the process; `counts` when it completed inside the window. */
  leave(slot: number, counts: boolean): void {
    const base = slot * this.pools;
    if (base >= this.flags.length) return;
    for (let p = 0; p < this.pools; p++) {
      if (this.flags[base + p] === 0) continue;
      if (counts) this.served[p] += 1;
      this.flags[base + p] = 0;
    }
  }

  /** Part `from` reached its join: the pools that served it served case `into` (the part's flags are cleared). */
  merge(from: number, into: number): void {
    const a = from * this.pools;
    const b = into * this.pools;
    if (a >= this.flags.length) return;
    if (b + this.pools > this.flags.length) this.grow(b + this.pools);
    for (let p = 0; p < this.pools; p++) {
      if (this.flags[a + p] !== 0) this.flags[b + p] = 1;
      this.flags[a + p] = 0;
    }
  }

  private grow(needed: number): void {
    let size = this.flags.length * 2;
    while (size < needed) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.flags);
    this.flags = next;
  }
}
