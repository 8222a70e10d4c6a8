/**
 * The warm-up series of one steady-state replication: cases in process, time-averaged over
 * at most WARMUP_SLICES slices of [0, horizon], from time 0 on (the declared warm-up is what
 * the series is there to check, so it is not applied here).
 *
 * A loan factory run for 30 days starts empty; its series shows work in process climbing
 * over the first days and then fluctuating around its long-run level. Averaged over the
 * replications slice by slice, it is what MSER-5 (warmup.ts) truncates.
 * INVARIANT: fixed size whatever the run length; nothing allocated per event.
 */

/** Most slices per replication (a 24/7 run: 500 slices batched by 5 for MSER-5). */
export const WARMUP_SLICES = 500;

/** Time-weighted cases in process per slice of [0, horizon]. */
export class WarmupSeries {
  private readonly area: Float64Array;
  private level = 0;
  private last = 0;
  private slice = 0;

  /**
   * @param horizon end of the observed run, minutes (finite, > 0).
   * @param width slice width, minutes; ⌈horizon / width⌉ must be at most WARMUP_SLICES.
   */
  constructor(
    private readonly horizon: number,
    private readonly width = horizon / WARMUP_SLICES,
  ) {
    this.area = new Float64Array(Math.min(WARMUP_SLICES, Math.ceil(horizon / width - 1e-9)));
  }

  /** The number in process changed by `delta` at time t. */
  change(t: number, delta: number): void {
    this.advance(t);
    this.level += delta;
  }

  /** Accounts for time up to t (end of run). */
  flush(t: number): void {
    this.advance(t);
  }

  /** Mean cases in process per slice; slices after the end of the run are 0. */
  means(): number[] {
    return Array.from(this.area, (a) => a / this.width);
  }

  private advance(t: number): void {
    const to = t < this.horizon ? t : this.horizon;
    if (!(to > this.last)) return;
    // NOTE: slice ends are computed, not accumulated, so rounding cannot skip a slice.
    let end = (this.slice + 1) * this.width;
    while (to > end && this.slice < this.area.length - 1) {
      this.area[this.slice] += this.level * (end - this.last);
      this.last = end;
      this.slice++;
      end = (this.slice + 1) * this.width;
    }
    this.area[this.slice] += this.level * (to - this.last);
    this.last = to;
  }
}
