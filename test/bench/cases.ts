/**
 * The benchmark list. Each entry is a small case defined in its own file; add a case by
 * adding a file and one line here (e.g. a multi-worker speed-up for Model B).
 */
import type { BenchCase } from "./bench-case.js";
import { baselineCase } from "./baseline.js";
import { engineOnlyCase } from "./engine-only.js";
import { modelACase } from "./model-a.js";
import { modelBCase } from "./model-b.js";
import { parallelCeilingCase } from "./parallel-ceiling.js";
import { workersCase } from "./workers.js";

/** Every case, in print order. */
export const BENCH_CASES: readonly BenchCase[] = [
  modelACase(1_000_000, 1, "SimPy ≈ 12 s, simmer ≈ 10 s"),
  modelBCase(500_000, 1, "SimPy ≈ 20 s, simmer ≈ 22 s"),
  modelACase(100_000, null, "memory check: peak RSS should match the 1M run"),
  engineOnlyCase(1_000_000),
  baselineCase,
  { ...workersCase(), repeat: 1 },
  parallelCeilingCase(),
];

/** Pairs of case ids whose peak RSS should be close (memory independent of run length). */
export const RSS_PAIRS: readonly (readonly [string, string])[] = [["model-a-100k", "model-a-1m"]];
