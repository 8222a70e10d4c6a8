/**
 * Time-of-day bins: the minute of the day cut into equal bins (e.g. 24 hourly bins), so that
 * "how long is the teller queue between 12:00 and 13:00" can be averaged over all simulated
 * days.
 *
 * Simulation time 0 is midnight of day one; the bin of time t is that of t mod 1440.
 * When the day is not a multiple of the bin width, the last bin is shorter.
 */

/** Minutes in a day. */
export const MINUTES_PER_DAY = 1440;

/** Number of bins for a bin width in minutes (at least 1). Throws for a width ≤ 0. */
export function binCount(binMinutes: number): number {
  if (!(binMinutes > 0)) throw new RangeError(`time-of-day bin width must be > 0 minutes, got ${binMinutes}`);
  return Math.max(1, Math.ceil(MINUTES_PER_DAY / binMinutes));
}

/** The bin index of simulation time t (minutes). */
export function binOf(t: number, binMinutes: number, bins: number): number {
  const day = Math.floor(t / MINUTES_PER_DAY);
  const k = Math.floor((t - day * MINUTES_PER_DAY) / binMinutes);
  return k < 0 ? 0 : k >= bins ? bins - 1 : k;
}

/** Bin start times, minutes after midnight. */
export function binStarts(binMinutes: number): number[] {
  const bins = binCount(binMinutes);
  const starts: number[] = [];
  for (let k = 0; k < bins; k++) starts.push(k * binMinutes);
  return starts;
}

/**
 * Adds `level × (time spent in each bin)` over the interval [a, b) to `area`, every minute
 * counting (opening hours are the cursor's: time-of-day-cursor.ts, which tests check against
 * this plain loop).
 * NOTE: loops once per bin boundary crossed; allocates nothing.
 */
export function spreadOverBins(area: Float64Array, binMinutes: number, a: number, b: number, level: number): void {
  const bins = area.length;
  let from = a;
  while (from < b) {
    const day = Math.floor(from / MINUTES_PER_DAY);
    const dayStart = day * MINUTES_PER_DAY;
    const k = binOf(from, binMinutes, bins);
    let binEnd = dayStart + (k + 1 === bins ? MINUTES_PER_DAY : (k + 1) * binMinutes);
    // INVARIANT: progress even when rounding puts `from` on a bin edge.
    if (binEnd <= from) binEnd = dayStart + MINUTES_PER_DAY;
    const to = binEnd < b ? binEnd : b;
    area[k] += level * (to - from);
    from = to;
  }
}
