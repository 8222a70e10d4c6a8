/**
 * Baseline case: a process that loads the engine and runs nothing, so the memory of the
 * runtime itself (Node, the TypeScript loader, the loaded modules) can be told apart from
 * what a replication adds.
 */
import { compileModel } from "../../src/model/compile/compile.js";
import { modelA } from "./model-a.js";
import { peakRssMb, timed, type BenchCase } from "./bench-case.js";

/** The do-nothing case: compiles Model A but simulates no customer. */
export const baselineCase: BenchCase = {
  id: "baseline",
  title: "Baseline: runtime and modules loaded, nothing simulated",
  targetSeconds: null,
  reference: "peak RSS floor of a case process",
  run: () => {
    const { seconds, cpuSeconds } = timed(() => compileModel(modelA(1)));
    return { wallSeconds: seconds, cpuSeconds, events: 0, cases: 0, peakRssMb: peakRssMb() };
  },
};
