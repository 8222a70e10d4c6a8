/**
 * Benchmark: how much parallelism the machine itself gives. The same warm replication of
 * Model B runs alone in one worker thread, then in two worker threads at the same moment
 * (no pool, no messages in between). Two fully independent runs can do no better than this
 * ceiling (up to measurement noise), so it is the yardstick for the replication pool's
 * speed-up: on virtual machines whose two cores share one physical core, it is well below 2.
 */
import { Worker } from "node:worker_threads";
import { peakRssMb, type BenchCase, type BenchMeasurement } from "./bench-case.js";
import { modelB } from "./model-b.js";

const DIST = new URL("../../dist/", import.meta.url).href;

/** Worker body: compile, warm up, say ready, run one timed replication on "go", reply seconds. */
const WORKER_CODE = `
const { parentPort, workerData } = require("node:worker_threads");
(async () => {
  const { compileModel } = await import(workerData.dist + "model/compile/compile.js");
  const { runReplication } = await import(workerData.dist + "experiment/replicate.js");
  const compiled = compileModel(workerData.model);
  runReplication(compiled, 0);
  parentPort.once("message", () => {
    const start = process.hrtime.bigint();
    runReplication(compiled, 1);
    parentPort.postMessage(Number(process.hrtime.bigint() - start) / 1e9);
  });
  parentPort.postMessage("ready");
})();
`;

/** Runs one timed replication in each of `count` threads started together; their seconds. */
async function runTogether(count: number, applications: number): Promise<number[]> {
  const workerData = { dist: DIST, model: modelB(applications) };
  const workers = Array.from({ length: count }, () => new Worker(WORKER_CODE, { eval: true, workerData }));
  const next = (w: Worker) => new Promise<unknown>((resolve, reject) => (w.once("message", resolve), w.once("error", reject)));
  await Promise.all(workers.map(next));
  const replies = workers.map(next);
  workers.forEach((w) => w.postMessage("go"));
  const seconds = (await Promise.all(replies)) as number[];
  await Promise.all(workers.map((w) => w.terminate()));
  return seconds;
}

async function measureCeiling(applications: number): Promise<BenchMeasurement> {
  const [alone] = await runTogether(1, applications);
  const pair = await runTogether(2, applications);
  const slowest = Math.max(...pair);
  const ceiling = (2 * alone) / slowest;
  return {
    wallSeconds: slowest,
    // NOTE: busy thread-seconds of the two timed runs (Node 20 has no per-thread CPU clock).
    cpuSeconds: pair[0] + pair[1],
    events: 0,
    cases: 2 * applications,
    peakRssMb: peakRssMb(),
    extra: {
      alone: `${alone.toFixed(2)} s`,
      "two at once": pair.map((s) => `${s.toFixed(2)} s`).join(" and "),
      "parallel ceiling": `${ceiling.toFixed(2)}× (2 independent threads vs 1: what the hardware gives two runs with no pool at all)`,
    },
  };
}

/** The parallel-ceiling case: one replication of Model B with `applications`, alone and two at once. */
export function parallelCeilingCase(applications = 200_000): BenchCase {
  return {
    id: "parallel-ceiling",
    title: `Machine parallelism: Model B (${applications.toLocaleString("en-US")} applications) alone vs two threads at once`,
    targetSeconds: null,
    reference: "yardstick for the workers speed-up",
    run: () => measureCeiling(applications),
  };
}
