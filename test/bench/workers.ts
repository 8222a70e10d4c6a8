/**
 * Benchmark: replications spread over worker threads. Twenty replications of Model B (the
 * loan process) on 2 workers against 1 (in-process); the speed-up should be at least 1.8×
 * on a machine with 2 free cores. The two runs must also give byte-identical KPIs.
 *
 * Runs the built code (dist/, as the CLI does: `npm run bench` builds first), so worker
 * start-up is measured as users meet it, not through the TypeScript loader. A worker thread
 * pays a fixed ≈ 0.6 s of CPU (thread start, module loading, JIT warm-up of the event loop);
 * the main thread works alongside it, and 100,000 applications per replication (≈ 0.3 s
 * each once warm) keep that overhead small. On a busy machine wall times say little: the
 * CPU figures and the work overhead show whether the parallel run did extra work.
 */
import type * as SimulateModule from "../../src/experiment/simulate.js";
import { peakRssMb, type BenchCase, type BenchMeasurement } from "./bench-case.js";
import { modelB } from "./model-b.js";

const BUILT_SIMULATE = new URL("../../dist/experiment/simulate.js", import.meta.url).href;

/** Wall and CPU seconds (all threads of this process) of an async job. */
async function timedAsync<T>(work: () => Promise<T>): Promise<{ seconds: number; cpuSeconds: number; value: T }> {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = await work();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, value };
}

/** Runs `replications` × `applications` of Model B on 1 worker, then on `workers`. */
async function measureSpeedUp(replications: number, applications: number, workers: number): Promise<BenchMeasurement> {
  const { simulate } = (await import(BUILT_SIMULATE)) as typeof SimulateModule;
  const model = modelB(applications);
  // NOTE: warm the main thread's JIT first so neither timed run pays for it; the worker
  // thread of the 2-worker run still starts cold, as it does for users.
  await simulate(modelB(5_000), { replications: 2, workers: 1 });
  const one = await timedAsync(() => simulate(model, { replications, workers: 1 }));
  const many = await timedAsync(() => simulate(model, { replications, workers }));
  if (JSON.stringify(one.value.kpis) !== JSON.stringify(many.value.kpis)) {
    throw new Error(`1 and ${workers} workers gave different KPIs: results must not depend on the worker count`);
  }
  const speedUp = one.seconds / many.seconds;
  return {
    wallSeconds: many.seconds,
    cpuSeconds: many.cpuSeconds,
    events: many.value.events,
    cases: replications * applications,
    peakRssMb: peakRssMb(),
    extra: {
      "1 worker": `${one.seconds.toFixed(2)} s (cpu ${one.cpuSeconds.toFixed(2)} s)`,
      [`${workers} workers`]: `${many.seconds.toFixed(2)} s (cpu ${many.cpuSeconds.toFixed(2)} s)`,
      "speed-up": `${speedUp.toFixed(2)}× (target ≥ 1.8×)`,
      "CPU ratio": `${(many.cpuSeconds / one.cpuSeconds).toFixed(2)} (${workers} workers / 1; ≈ 1 means no extra work)`,
    },
  };
}

/** The worker speed-up case: `replications` of Model B with `applications` each, on `workers` threads vs 1. */
export function workersCase(replications = 20, applications = 100_000, workers = 2): BenchCase {
  return {
    id: `workers-${workers}v1`,
    title: `Model B: ${replications} replications × ${applications.toLocaleString("en-US")} applications, ${workers} workers vs 1`,
    targetSeconds: null,
    reference: "speed-up ≥ 1.8× on 2 free cores; identical KPIs",
    run: () => measureSpeedUp(replications, applications, workers),
  };
}
