/**
 * Thinned and superposed Poisson arrivals (a source's rate factor, written by scaleArrivals).
 *
 * Keeping each arrival of a Poisson stream of rate λ with probability s gives a Poisson
 * stream of rate sλ; adding an independent Poisson stream of rate (s − 1)λ gives one of rate
 * sλ. At one exponential teller of rate μ the result is an M/M/1 queue: arrival rate sλ,
 * mean wait ρ/(μ − sλ) with ρ = sλ/μ. A wrong keep rule or correlated streams would move
 * the arrival rate or the wait away from theory.
 *
 * Paired with the unscaled model, a "30% move online" proposal keeps the remaining customers,
 * so its paired intervals are narrower than unpaired ones by a factor theory gives for the
 * arrival count (when the rate itself was scaled, every arrival time moved and the gain
 * was about 1).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import type { Model } from "../../src/model/compile/model.js";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compareFiles } from "../../src/api/compare.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { horizonFor, STATION } from "../support/theory/station-models.js";
import { buildModel, exponential, pool, poissonSource, serviceStep } from "../support/theory/model-builder.js";

const WARMUP = 1_000;

/** M/M/1 with Poisson arrivals of `rate` per minute scaled by `factor`, a teller of mean 1 min. */
function scaledMm1(rate: number, factor: number, customers: number, replications = 20): Model {
  return buildModel({
    name: `rate ${rate} × ${factor}`,
    arrivals: [{ ...poissonSource(STATION.source, rate, STATION.step), rateFactor: factor }],
    resources: [pool(STATION.pool, 1)],
    steps: [serviceStep(STATION.step, STATION.pool, exponential(1))],
    run: { horizon: horizonFor(rate * factor, customers, WARMUP), warmup: WARMUP, replications, seed: 3, study: "steadyState" },
  });
}

describe.each([
  { name: "thinned 1/min × 0.7", rate: 1, factor: 0.7 },
  { name: "superposed 0.5/min × 1.5", rate: 0.5, factor: 1.5 },
])("$name", ({ rate, factor }) => {
  const lambda = rate * factor;
  let results: RepResult[];
  beforeAll(() => {
    results = replicate(scaledMm1(rate, factor, 60_000), 20);
  });

  it("arrives at the scaled rate", () => {
    checkKpi(results, "overall/throughput", lambda * 60, { maxRelativeHalfWidth: 0.01 });
  });

  it("gives the M/M/1 mean wait of the scaled rate", () => {
    checkKpi(results, `step/${STATION.step}/waitTime.mean`, lambda / (1 - lambda), { maxRelativeHalfWidth: 0.05 });
  });
});

/** Today's counter (48 customers an hour, one teller of mean 1 min) and "30% move online". */
const TODAY_YAML = `name: counter today
timeUnit: min
calendar: always
run: { horizon: 7250min, warmup: 1000min, replications: 40, seed: 3, study: steadyState }
arrivals:
  - { name: customers, ratePerHour: 48 }
resources:
  tellers: { capacity: 1 }
steps:
  - { name: counter, resource: tellers, duration: { exponential: { mean: 1 } } }
`;
const ONLINE_YAML = `extends: today.yaml
name: 30% of customers online
changes:
  - scaleArrivals: { source: customers, factor: 0.7 }
`;

describe("a channel shift (scaleArrivals 0.7) compared with today", () => {
  it("stays paired: arrivals' paired half-width is narrower than unpaired by the theory factor", async () => {
    const dir = mkdtempSync(join(tmpdir(), "procsim-channel-shift-"));
    writeFileSync(join(dir, "today.yaml"), TODAY_YAML);
    writeFileSync(join(dir, "online.yaml"), ONLINE_YAML);
    const outcome = await compareFiles(join(dir, "today.yaml"), [join(dir, "online.yaml")], { workers: 1 });
    rmSync(dir, { recursive: true });
    if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join("; "));
    const differences = outcome.value.proposals[0].differences;
    const gain = (key: string) => differences.find((d) => d.key === key)?.varianceReduction as number;
    // Poisson arrivals N today and K = kept ones (each with probability s): Var N = λT,
    // Var K = Cov(N, K) = sλT, so Var(K − N) = (1 − s)λT paired against (1 + s)λT unpaired:
    // the half-widths differ by √((1 + s)/(1 − s)) = 2.38 at s = 0.7. Independent streams give 1.
    const theory = Math.sqrt(1.7 / 0.3);
    console.log(`pairing gain: arrivals ${gain("overall/arrivals").toFixed(2)} (theory ${theory.toFixed(2)}), mean wait ${gain("overall/waitTime.mean").toFixed(2)}`);
    // The gain is a ratio of two sd estimates from 40 replications: about ±15% sampling error.
    expect(gain("overall/arrivals")).toBeGreaterThan(0.75 * theory);
    expect(gain("overall/arrivals")).toBeLessThan(1.25 * theory);
    expect(gain("overall/waitTime.mean")).toBeGreaterThan(1);
  });
});
