/**
 * Engine-only case: Model A with an observer that records nothing, so the cost of the event
 * loop, sampling and queueing can be told apart from the cost of the statistics collector.
 */
import { compileModel } from "../../src/model/compile/compile.js";
import { runReplication } from "../../src/experiment/replicate.js";
import { QuietObserver } from "../support/theory/recording-observers.js";
import { modelA } from "./model-a.js";
import { peakRssMb, timed, type BenchCase } from "./bench-case.js";

/** Model A with `customers` customers and no statistics collection. */
export function engineOnlyCase(customers: number): BenchCase {
  return {
    id: "model-a-engine-only",
    title: `Model A, engine only (no statistics), ${customers.toLocaleString("en-US")} customers`,
    targetSeconds: null,
    reference: "the rest of Model A's time is the statistics collector",
    run: () => {
      const { seconds, cpuSeconds, value } = timed(() => runReplication(compileModel(modelA(customers)), 0, { observer: new QuietObserver() }));
      return { wallSeconds: seconds, cpuSeconds, events: value.events, cases: customers, peakRssMb: peakRssMb() };
    },
  };
}
