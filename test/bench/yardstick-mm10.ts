/**
 * Yardstick A: the leanest hand-written M/M/10 loop, against which procsim's engine is timed.
 *
 * A branch counter with ten tellers, customers arriving at 9 per minute, each served in an
 * exponential 1 minute (Model A of the benchmark). Events live in a typed-array heap, waiting
 * customers in a ring buffer, draws come from procsim's own Philox generator, and only the
 * mean wait is kept: whatever procsim spends beyond this loop is the price of its generality
 * and its statistics. Run it alone with `node yardstick-mm10.js <customers> <seed> [reps]`.
 */
import { uniform01 } from "../../src/random/counter-rng.js";
import { streamKey } from "../../src/random/streams.js";
import { EventHeap, isEntryPoint, RingFifo, yardstickMain, type YardstickResult } from "./yardstick-parts.js";
import { MM10 } from "./yardstick-models.js";

const { ARRIVAL, SERVICE_END, TELLERS, MEAN_GAP, MEAN_SERVICE } = MM10;

/** One replication of Model A with `customers` arrivals; mean wait in queue (minutes). */
export function runYardstickA(customers: number, seed: number): YardstickResult {
  const [a0, a1] = streamKey(seed, 0, "yardstick", "arrivals");
  const [s0, s1] = streamKey(seed, 0, "yardstick", "service");
  const heap = new EventHeap();
  const queue = new RingFifo();
  let busy = 0;
  let totalWait = 0;
  let events = 0;
  heap.push(-MEAN_GAP * Math.log(1 - uniform01(a0, a1, 0, 0, 0, 0)), 0, ARRIVAL);
  while (heap.length > 0) {
    heap.pop();
    events++;
    const now = heap.time;
    const who = heap.caseId;
    if (heap.code === ARRIVAL) {
      const next = who + 1;
      if (next < customers) heap.push(now - MEAN_GAP * Math.log(1 - uniform01(a0, a1, next, 0, 0, 0)), next, ARRIVAL);
      if (busy < TELLERS) {
        busy++;
        heap.push(now - MEAN_SERVICE * Math.log(1 - uniform01(s0, s1, who, 0, 0, 0)), who, SERVICE_END);
      } else {
        queue.push(who, 0, now);
      }
    } else if (queue.length > 0) {
      queue.shift();
      totalWait += now - queue.joined;
      heap.push(now - MEAN_SERVICE * Math.log(1 - uniform01(s0, s1, queue.caseId, 0, 0, 0)), queue.caseId, SERVICE_END);
    } else {
      busy--;
    }
  }
  return { meanWait: totalWait / customers, events };
}

if (isEntryPoint(import.meta.url)) yardstickMain(runYardstickA, process.argv.slice(2));
