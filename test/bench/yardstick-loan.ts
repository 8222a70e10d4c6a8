/**
 * Yardstick B: the leanest hand-written loop of the loan network (Model B of the benchmark),
 * against which procsim's engine is timed.
 *
 * Applications arrive every 2 minutes on average (exponential); intake by 3 clerks
 * (lognormal, mean 4, sd 2), review by 5 analysts (triangular 3, 6, 12) with 20% sent back to
 * review, approval by 2 managers (exponential, mean 3.5). Events in a typed-array heap, one
 * ring-buffer FIFO per team, draws from procsim's Philox generator keyed by (application,
 * visit), and only the mean total wait per application kept. Run it alone with
 * `node yardstick-loan.js <applications> <seed> [reps]`.
 */
import { uniform01 } from "../../src/random/counter-rng.js";
import { normalQuantile } from "../../src/random/normal-functions.js";
import { streamKey } from "../../src/random/streams.js";
import { EventHeap, isEntryPoint, RingFifo, yardstickMain, type YardstickResult } from "./yardstick-parts.js";

const INTAKE = 0;
const REVIEW = 1;
const APPROVAL = 2;
/** Event code of an arrival; a step's end has the step's index as its code. */
const ARRIVAL = 3;
const SERVERS = [3, 5, 2];
const MEAN_GAP = 2;
const LOG_SIGMA = Math.sqrt(Math.log(1 + (2 / 4) ** 2));
const LOG_MU = Math.log(4) - (LOG_SIGMA * LOG_SIGMA) / 2;
const TRI_MIN = 3, TRI_MODE = 6, TRI_MAX = 12;
const TRI_SPLIT = (TRI_MODE - TRI_MIN) / (TRI_MAX - TRI_MIN);
const REWORK_P = 0.2;
const MEAN_APPROVAL = 3.5;

/** The streams of one replication: a Philox key (two words) per purpose. */
export function keysFor(seed: number): Int32Array {
  const names = ["arrivals", "intake", "review", "rework", "approval"];
  return Int32Array.from(names.flatMap((name) => streamKey(seed, 0, "yardstick", name)));
}

/** Duration of `step` for application `who` on its `visit`-th visit there. */
export function duration(keys: Int32Array, step: number, who: number, visit: number): number {
  if (step === INTAKE) return Math.exp(LOG_MU + LOG_SIGMA * normalQuantile(uniform01(keys[2], keys[3], who, 0, 0, 0)));
  if (step === REVIEW) {
    const u = uniform01(keys[4], keys[5], who, visit, 0, 0);
    if (u < TRI_SPLIT) return TRI_MIN + Math.sqrt(u * (TRI_MAX - TRI_MIN) * (TRI_MODE - TRI_MIN));
    return TRI_MAX - Math.sqrt((1 - u) * (TRI_MAX - TRI_MIN) * (TRI_MAX - TRI_MODE));
  }
  return -MEAN_APPROVAL * Math.log(1 - uniform01(keys[8], keys[9], who, 0, 0, 0));
}

/** One replication of Model B with `applications` arrivals; mean total wait per application. */
export function runYardstickB(applications: number, seed: number): YardstickResult {
  const keys = keysFor(seed);
  const heap = new EventHeap();
  const queues = [new RingFifo(), new RingFifo(), new RingFifo()];
  const busy = new Int32Array(3);
  let totalWait = 0;
  let events = 0;
  const enter = (step: number, who: number, visit: number, now: number): void => {
    if (busy[step] < SERVERS[step]) {
      busy[step]++;
      heap.push(now + duration(keys, step, who, visit), who, step | (visit << 2));
    } else {
      queues[step].push(who, visit, now);
    }
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
      enter(INTAKE, who, 0, now);
      continue;
    }
    const step = code & 3;
    const visit = code >> 2;
    const queue = queues[step];
    if (queue.length > 0) {
      queue.shift();
      totalWait += now - queue.joined;
      heap.push(now + duration(keys, step, queue.caseId, queue.visit), queue.caseId, step | (queue.visit << 2));
    } else {
      busy[step]--;
    }
    if (step === INTAKE) enter(REVIEW, who, 0, now);
    else if (step === REVIEW) {
      if (uniform01(keys[6], keys[7], who, visit, 0, 0) < REWORK_P) enter(REVIEW, who, visit + 1, now);
      else enter(APPROVAL, who, 0, now);
    }
  }
  return { meanWait: totalWait / applications, events };
}

if (isEntryPoint(import.meta.url)) yardstickMain(runYardstickB, process.argv.slice(2));
