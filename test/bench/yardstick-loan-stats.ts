/**
 * Yardstick B with statistics: the lean hand-written loan-network loop of yardstick-loan.ts,
 * plus hand-written, minimal versions of the statistics procsim reports for Model B, so the
 * engine's ratio can be read against a floor that does the same work.
 *
 * For each application it keeps: arrivals by hour of day; its total wait (moments, maximum,
 * share who waited, histogram, mean by hour a wait ended); its cycle time (moments, maximum,
 * histogram); per step (intake, review, approval) the waits and handling times (moments) and
 * visits, its queue length (time-weighted, maximum, by hour); per team the busy staff
 * (time-weighted, by hour; each team works one step, so also that step's cases in service); and applications in process (time-weighted, by
 * hour). Run it alone with `node yardstick-loan-stats.js <applications> <seed> [reps]`.
 */
import { uniform01 } from "../../src/random/counter-rng.js";
import { EventHeap, isEntryPoint, RingFifo, yardstickMain, type YardstickResult } from "./yardstick-parts.js";
import { LOAN, loanDuration as duration, loanKeysFor as keysFor } from "./yardstick-models.js";
import { HOUR, HOURS, Level, LogBins, Moments } from "./yardstick-statistics.js";

const { INTAKE, REVIEW, APPROVAL, ARRIVAL, SERVERS, MEAN_GAP, REWORK_P } = LOAN;

/** One replication of Model B with `applications` arrivals and Model B's statistics. */
export function runYardstickBWithStatistics(applications: number, seed: number): YardstickResult {
  const keys = keysFor(seed);
  const heap = new EventHeap();
  const queues = [new RingFifo(), new RingFifo(), new RingFifo()];
  const arrivedAt = new Float64Array(applications);
  const waitedSoFar = new Float64Array(applications);
  const arrivalsByHour = new Float64Array(HOURS);
  const waitSumByHour = new Float64Array(HOURS);
  const startsByHour = new Float64Array(HOURS);
  const [waits, cycles] = [new Moments(), new Moments()];
  const [waitBins, cycleBins] = [new LogBins(), new LogBins()];
  const stepWaits = [new Moments(), new Moments(), new Moments()];
  const stepServices = [new Moments(), new Moments(), new Moments()];
  const queued = [new Level(), new Level(), new Level()];
  const busy = [new Level(), new Level(), new Level()];
  const inProcess = new Level();
  let waitedAtAll = 0;
  let events = 0;

  /** Application `who` starts `step` (visit `visit`) at `now` after waiting `wait` minutes there. */
  const start = (step: number, who: number, visit: number, now: number, wait: number): void => {
    const minutes = duration(keys, step, who, visit);
    heap.push(now + minutes, who, step | (visit << 2));
    stepWaits[step].add(wait);
    stepServices[step].add(minutes);
    waitedSoFar[who] += wait;
    const hour = Math.floor(now / HOUR) % HOURS;
    waitSumByHour[hour] += wait;
    startsByHour[hour]++;
  };
  const enter = (step: number, who: number, visit: number, now: number): void => {
    if (busy[step].level < SERVERS[step]) {
      busy[step].add(now, 1);
      start(step, who, visit, now, 0);
    } else {
      queues[step].push(who, visit, now);
      queued[step].add(now, 1);
    }
  };
  const leave = (who: number, now: number): void => {
    const wait = waitedSoFar[who];
    const cycle = now - arrivedAt[who];
    waits.add(wait);
    waitBins.add(wait);
    if (wait > 0) waitedAtAll++;
    cycles.add(cycle);
    cycleBins.add(cycle);
    inProcess.add(now, -1);
  };

  heap.push(-MEAN_GAP * Math.log(1 - uniform01(keys[0], keys[1], 0, 0, 0, 0)), 0, ARRIVAL);
  while (heap.length > 0) {
    heap.pop();
    events++;
    const now = heap.time;
    const who = heap.caseId;
    const code = heap.code;
    if (code === ARRIVAL) {
      const next = who + 1;
      if (next < applications) heap.push(now - MEAN_GAP * Math.log(1 - uniform01(keys[0], keys[1], next, 0, 0, 0)), next, ARRIVAL);
      arrivedAt[who] = now;
      arrivalsByHour[Math.floor(now / HOUR) % HOURS]++;
      inProcess.add(now, 1);
      enter(INTAKE, who, 0, now);
      continue;
    }
    const step = code & 3;
    const visit = code >> 2;
    const queue = queues[step];
    if (queue.length > 0) {
      queue.shift();
      queued[step].add(now, -1);
      start(step, queue.caseId, queue.visit, now, now - queue.joined);
    } else {
      busy[step].add(now, -1);
    }
    if (step === INTAKE) enter(REVIEW, who, 0, now);
    else if (step === REVIEW) {
      if (uniform01(keys[6], keys[7], who, visit, 0, 0) < REWORK_P) enter(REVIEW, who, visit + 1, now);
      else enter(APPROVAL, who, 0, now);
    } else {
      leave(who, now);
    }
  }
  let checksum = waits.squares + waits.max + cycles.mean + cycles.squares + cycles.max + waitedAtAll + inProcess.area + inProcess.byHour[0];
  checksum += waitBins.zeros + cycleBins.zeros + arrivalsByHour[0] + waitSumByHour[0] + startsByHour[0];
  for (let s = 0; s < 3; s++) {
    checksum += stepWaits[s].mean + stepServices[s].squares + queued[s].area + queued[s].max + queued[s].byHour[0] + busy[s].area + busy[s].byHour[0];
  }
  // NOTE: every statistic feeds the result, so the JIT cannot drop any of the work.
  return { meanWait: Number.isFinite(checksum) ? waits.mean : NaN, events };
}

if (isEntryPoint(import.meta.url)) yardstickMain(runYardstickBWithStatistics, process.argv.slice(2));
