/**
 * What one bench run measures and how often: the full run uses the sizes the targets name
 * (Model A with 1M customers, Model B with 500k applications, 20 × 500k for the workers);
 * `--quick` uses smaller runs and fewer rounds so the edit loop gets an answer within a
 * minute (its ratios are then indications, marked "quick").
 */
import { fileURLToPath } from "node:url";
import type { BenchFiles, BenchModel, Yardsticks } from "./bench-files.js";

/** Sizes and repeat counts of a bench run. */
export interface BenchSettings {
  readonly quick: boolean;
  /** Interleaved rounds of the start-up and process measurements. */
  readonly rounds: number;
  /** Cases of the engine and CLI runs of each model. */
  readonly cases: Record<BenchModel, number>;
  /** Warm replications timed in process (after one untimed). */
  readonly warmReplications: number;
  /** Replications × cases of each workers figure. */
  readonly workers: readonly { readonly model: BenchModel; readonly replications: number; readonly cases: number }[];
  readonly files: BenchFiles;
  /** The yardsticks as plain JavaScript. */
  readonly yardsticks: Yardsticks;
}

/** Root of the project (the bench runs the built CLI from here). */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The CLI entry (run `npm run build` first). */
export const CLI = `${ROOT}bin/procsim.js`;

/** The built library root. */
export const LIBRARY = `${ROOT}dist/bundle/index.js`;

/** Settings for a full or a quick run. */
export function settingsFor(quick: boolean, files: BenchFiles, yardsticks: Yardsticks): BenchSettings {
  return {
    quick,
    rounds: quick ? 2 : 7,
    cases: { A: 1_000_000, B: 500_000 },
    warmReplications: quick ? 1 : 3,
    workers: quick
      ? [{ model: "A", replications: 10, cases: 100_000 }, { model: "B", replications: 10, cases: 50_000 }]
      : [{ model: "A", replications: 10, cases: 100_000 }, { model: "B", replications: 20, cases: 500_000 }],
    files,
    yardsticks,
  };
}

/** "1M", "500k", "100k". */
export function casesLabel(cases: number): string {
  return cases >= 1e6 ? `${cases / 1e6}M` : `${cases / 1e3}k`;
}
