/**
 * procsim's side of the engine ratio: runs replications of Model A or B in this process with
 * full statistics, and prints each replication's wall and CPU seconds as one JSON line (the
 * same shape as a yardstick's), so the bench can take the warm ones.
 * With `quiet` the replications run with an observer that records nothing, which tells the
 * event loop's own cost apart from the statistics collector's.
 * Usage: `node --import tsx test/bench/warm-replication.ts <A|B> <cases> <replications> [quiet]`.
 */
import { compileModel } from "../../src/model/compile/compile.js";
import { runReplication } from "../../src/experiment/replicate.js";
import { QuietObserver } from "../support/theory/recording-observers.js";
import { modelA } from "./model-a.js";
import { modelB } from "./model-b.js";
import { timeReplication, type ReplicationTiming } from "./yardstick-parts.js";

const [which, cases, replications, quiet] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4] ?? 2), process.argv[5] === "quiet"];
const compiled = compileModel(which === "B" ? modelB(cases) : modelA(cases));
const timings: ReplicationTiming[] = [];
let meanWait = NaN;
let events = 0;
for (let r = 0; r < replications; r++) {
  const { timing, value } = timeReplication(() => runReplication(compiled, r, quiet ? { observer: new QuietObserver() } : {}));
  timings.push(timing);
  meanWait = value.kpis["overall/waitTime.mean"] ?? NaN;
  events = value.events;
}
process.stdout.write(`${JSON.stringify({ meanWait, events, timings, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
