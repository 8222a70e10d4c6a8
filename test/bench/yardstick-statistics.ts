/**
 * The statistics of the yardsticks with statistics (yardstick-mm10-stats.ts,
 * yardstick-loan-stats.ts), written as leanly as they can be: moments, log-spaced histogram
 * bins, and levels integrated over time and split by hour of day.
 *
 * A teller's busy level held 1 from 11:40 to 12:25 adds 20 to the 11:00 hour and 25 to the
 * 12:00 hour; a wait of 4.2 minutes lands in the histogram bin of 4.2 (bins 1% wide).
 */

/** Minutes per hour bin. */
export const HOUR = 60;
/** Hour bins per day. */
export const HOURS = 24;
/** Histogram bins: 1% wide from 0.001 minutes (as procsim's log histogram). */
const BIN_SCALE = 1 / Math.log(1.01);
const BIN_OFFSET = 1 - Math.log(1e-3) * BIN_SCALE;
const BINS = 2320;

/** Mean and sum of squared deviations, updated one value at a time (Welford). */
export class Moments {
  n = 0;
  mean = 0;
  squares = 0;
  max = 0;

  add(x: number): void {
    this.n++;
    const delta = x - this.mean;
    this.mean += delta / this.n;
    this.squares += delta * (x - this.mean);
    if (x > this.max) this.max = x;
  }
}

/** Counts of values in log-spaced bins (zeros apart). */
export class LogBins {
  zeros = 0;
  readonly counts = new Float64Array(BINS);

  add(x: number): void {
    if (x <= 0) {
      this.zeros++;
      return;
    }
    const k = Math.floor(Math.log(x) * BIN_SCALE + BIN_OFFSET);
    this.counts[k < 1 ? 0 : k >= BINS ? BINS - 1 : k]++;
  }
}

/** A level integrated over time, in total and by hour of day (walking hour by hour, never searching). */
export class Level {
  level = 0;
  area = 0;
  max = 0;
  private last = 0;
  private hour = 0;
  private hourEnd = HOUR;
  readonly byHour = new Float64Array(HOURS);

  add(t: number, delta: number): void {
    const held = this.level;
    if (held !== 0 && t > this.last) {
      this.area += held * (t - this.last);
      let from = this.last;
      while (t > this.hourEnd) {
        this.byHour[this.hour] += held * (this.hourEnd - from);
        from = this.hourEnd;
        this.hourEnd += HOUR;
        this.hour = this.hour === HOURS - 1 ? 0 : this.hour + 1;
      }
      this.byHour[this.hour] += held * (t - from);
    } else {
      while (t > this.hourEnd) {
        this.hourEnd += HOUR;
        this.hour = this.hour === HOURS - 1 ? 0 : this.hour + 1;
      }
    }
    this.last = t;
    this.level = held + delta;
    if (this.level > this.max) this.max = this.level;
  }
}
