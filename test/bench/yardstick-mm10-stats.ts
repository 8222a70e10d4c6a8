/**
 * Yardstick A with statistics: the lean hand-written M/M/10 loop of yardstick-mm10.ts, plus
 * hand-written, minimal versions of the statistics procsim reports for Model A. It measures
 * what those statistics cost at the least, so the engine's ratio can be read against a floor
 * that does the same work, not only against a loop that keeps one mean.
 *
 * For each customer of the branch counter it keeps what procsim's report shows: arrivals by
 * hour of day; waits (mean and variance, maximum, share who waited, log-spaced histogram for
 * percentiles, mean by hour the service started); cycle times (mean and variance, maximum,
 * histogram); service times (mean and variance); and the time-weighted customers in the branch,
 * queue length (and its maximum) and busy tellers, each also split by hour of day. Histogram
 * bins take one logarithm per value (procsim uses a lookup table); levels walk the hours
 * as they pass, arrivals and starts find their hour by division. Run it alone with `node yardstick-mm10-stats.js <customers> <seed> [reps]`.
 */
import { uniform01 } from "../../src/random/counter-rng.js";
import { streamKey } from "../../src/random/streams.js";
import { EventHeap, isEntryPoint, RingFifo, yardstickMain, type YardstickResult } from "./yardstick-parts.js";
import { HOUR, HOURS, Level, LogBins, Moments } from "./yardstick-statistics.js";
import { MM10 } from "./yardstick-models.js";

const { ARRIVAL, SERVICE_END, TELLERS, MEAN_GAP, MEAN_SERVICE } = MM10;

/** One replication of Model A with `customers` arrivals and Model A's statistics. */
export function runYardstickAWithStatistics(customers: number, seed: number): YardstickResult {
  const [a0, a1] = streamKey(seed, 0, "yardstick", "arrivals");
  const [s0, s1] = streamKey(seed, 0, "yardstick", "service");
  const heap = new EventHeap();
  const queue = new RingFifo();
  const arrivedAt = new Float64Array(customers);
  const arrivalsByHour = new Float64Array(HOURS);
  const waitSumByHour = new Float64Array(HOURS);
  const startsByHour = new Float64Array(HOURS);
  const [waits, cycles, services] = [new Moments(), new Moments(), new Moments()];
  const [waitBins, cycleBins] = [new LogBins(), new LogBins()];
  const [inBranch, queued, busy] = [new Level(), new Level(), new Level()];
  let waited = 0;
  let events = 0;

  /** Customer `who` starts service at `now` after waiting `wait` minutes. */
  const start = (now: number, who: number, wait: number): void => {
    const duration = -MEAN_SERVICE * Math.log(1 - uniform01(s0, s1, who, 0, 0, 0));
    heap.push(now + duration, who, SERVICE_END);
    services.add(duration);
    waits.add(wait);
    waitBins.add(wait);
    if (wait > 0) waited++;
    const hour = Math.floor(now / HOUR) % HOURS;
    waitSumByHour[hour] += wait;
    startsByHour[hour]++;
  };

  heap.push(-MEAN_GAP * Math.log(1 - uniform01(a0, a1, 0, 0, 0, 0)), 0, ARRIVAL);
  while (heap.length > 0) {
    heap.pop();
    events++;
    const now = heap.time;
    const who = heap.caseId;
    if (heap.code === ARRIVAL) {
      const next = who + 1;
      if (next < customers) heap.push(now - MEAN_GAP * Math.log(1 - uniform01(a0, a1, next, 0, 0, 0)), next, ARRIVAL);
      arrivedAt[who] = now;
      arrivalsByHour[Math.floor(now / HOUR) % HOURS]++;
      inBranch.add(now, 1);
      if (busy.level < TELLERS) {
        busy.add(now, 1);
        start(now, who, 0);
      } else {
        queue.push(who, 0, now);
        queued.add(now, 1);
      }
    } else {
      const cycle = now - arrivedAt[who];
      cycles.add(cycle);
      cycleBins.add(cycle);
      inBranch.add(now, -1);
      if (queue.length > 0) {
        queue.shift();
        queued.add(now, -1);
        start(now, queue.caseId, now - queue.joined);
      } else {
        busy.add(now, -1);
      }
    }
  }
  const kept = waitBins.zeros + cycleBins.zeros + arrivalsByHour[0] + waitSumByHour[0] + startsByHour[0] + waited;
  const levels = inBranch.area + queued.area + queued.max + busy.area + inBranch.byHour[0] + queued.byHour[0] + busy.byHour[0];
  // NOTE: every statistic feeds the result, so the JIT cannot drop any of the work.
  const checksum = services.mean + cycles.mean + cycles.squares + cycles.max + waits.squares + waits.max + kept + levels;
  return { meanWait: Number.isFinite(checksum) ? waits.mean : NaN, events };
}

if (isEntryPoint(import.meta.url)) yardstickMain(runYardstickAWithStatistics, process.argv.slice(2));
