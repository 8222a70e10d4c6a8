/**
 * Benchmark Model A: a branch counter with ten tellers (M/M/10), customers arriving at 9 per
 * minute and served in an exponential 1 minute, one replication of 1,000,000 customers.
 * The same model at 100,000 customers shows that memory does not grow with run length.
 * Reference for the million-customer run: SimPy ≈ 12 s, simmer ≈ 10 s.
 */
import type { Model } from "../../src/model/compile/model.js";
import { compileModel } from "../../src/model/compile/compile.js";
import { runReplication } from "../../src/experiment/replicate.js";
import { buildModel, exponential, pool, poissonSource, serviceStep } from "../support/theory/model-builder.js";
import { peakRssMb, timed, type BenchCase, type BenchMeasurement } from "./bench-case.js";

/** Model A with `customers` arrivals; runs until every customer has been served. */
export function modelA(customers: number): Model {
  return buildModel({
    name: "Model A: M/M/10",
    arrivals: [poissonSource("customers", 9, "counter")],
    resources: [pool("tellers", 10)],
    steps: [serviceStep("counter", "tellers", exponential(1))],
    run: { maxArrivals: customers, horizon: null, study: "terminating" },
  });
}

/** Compiles and runs one replication of a model, timing both. */
export function measureOneReplication(model: Model): BenchMeasurement {
  const { seconds, cpuSeconds, value } = timed(() => runReplication(compileModel(model), 0));
  const cases = value.kpis["overall/arrivals"] ?? 0;
  return { wallSeconds: seconds, cpuSeconds, events: value.events, cases, peakRssMb: peakRssMb() };
}

/** Model A as a benchmark case with `customers` customers. */
export function modelACase(customers: number, targetSeconds: number | null, reference: string): BenchCase {
  return {
    id: `model-a-${customers >= 1e6 ? `${customers / 1e6}m` : `${customers / 1e3}k`}`,
    title: `Model A: M/M/10, ${customers.toLocaleString("en-US")} customers`,
    targetSeconds,
    reference,
    run: () => measureOneReplication(modelA(customers)),
  };
}
