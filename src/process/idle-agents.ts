/**
 * Since when each free agent of a pool has been idle, for `choose: longestIdle`.
 *
 * Three universal agents are free: one since 10:02, two since 10:05. A mortgage call that
 * both the specialists (free since 10:04) and the agents could take goes to the agents, whose
 * longest-idle agent has waited since 10:02. Per pool the idle-since times of its free units
 * are a first-in-first-out ring: a seize takes the longest idle, a release adds "now".
 * The ring is resynchronised with the pool's free units whenever the pool is looked at
 * (capacity changes, releases through other steps), adding "now" for units that became free.
 * NOTE: rings grow by doubling (rarely); nothing is allocated per event otherwise.
 */

/** Idle-since rings of every pool; see the module comment. */
export class IdleAgents {
  private rings: Float64Array[];
  private readonly head: Int32Array;
  private readonly count: Int32Array;

  /** One empty ring per pool. */
  constructor(poolCount: number) {
    this.rings = Array.from({ length: poolCount }, () => new Float64Array(8));
    this.head = new Int32Array(poolCount);
    this.count = new Int32Array(poolCount);
  }

  /** Makes the ring of `pool` hold exactly `free` units: new ones idle since `now`, surplus newest dropped. */
  sync(pool: number, free: number, now: number): void {
    while (this.count[pool] > free) this.count[pool]--;
    while (this.count[pool] < free) this.push(pool, now);
  }

  /** Since when the longest-idle free agent of `pool` has been idle (Infinity when none is free). */
  oldest(pool: number): number {
    return this.count[pool] > 0 ? this.rings[pool][this.head[pool]] : Infinity;
  }

  /** Takes the `units` longest-idle agents of `pool`. */
  take(pool: number, units: number): void {
    const ring = this.rings[pool];
    for (let i = 0; i < units && this.count[pool] > 0; i++) {
      this.head[pool] = (this.head[pool] + 1) % ring.length;
      this.count[pool]--;
    }
  }

  private push(pool: number, now: number): void {
    let ring = this.rings[pool];
    if (this.count[pool] === ring.length) ring = this.grow(pool);
    ring[(this.head[pool] + this.count[pool]) % ring.length] = now;
    this.count[pool]++;
  }

  private grow(pool: number): Float64Array {
    const old = this.rings[pool];
    const ring = new Float64Array(old.length * 2);
    for (let i = 0; i < this.count[pool]; i++) ring[i] = old[(this.head[pool] + i) % old.length];
    this.rings[pool] = ring;
    this.head[pool] = 0;
    return ring;
  }
}
