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
import { EventHeap, isEntryPoint, RingFifo, yardstickMain, type YardstickResult } from "./yardstick-parts.js";
import { LOAN, loanDuration as duration, loanKeysFor as keysFor } from "./yardstick-models.js";

const { INTAKE, REVIEW, APPROVAL, ARRIVAL, SERVERS, MEAN_GAP, REWORK_P } = LOAN;

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
