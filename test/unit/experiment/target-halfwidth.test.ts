// `run` with a half-width target: replications are added until the KPI's own interval meets
// it, stopping near the fewest that do; an unknown KPI is refused with a suggestion.
import { describe, expect, it } from "vitest";
import { simulate } from "../../../src/experiment/simulate.js";
import { UnknownKpiError } from "../../../src/experiment/target-halfwidth.js";
import { tInterval } from "../../../src/stats/ci.js";
import { buildModel, exponential, pool, poissonSource, serviceStep } from "../../support/theory/model-builder.js";
import type { Model } from "../../../src/model/compile/model.js";

const WAIT = "overall/waitTime.mean";

function mm1(replications: number): Model {
  return buildModel({
    name: "counter",
    arrivals: [poissonSource("customers", 0.5, "counter")],
    resources: [pool("teller", 1)],
    steps: [serviceStep("counter", "teller", exponential(1.2))],
    run: { horizon: 5_000, warmup: 500, replications, seed: 5, study: "steadyState" },
  });
}

describe("simulate with a half-width target", () => {
  it("adds replications until the KPI's half-width is met, near the fewest that meet it", async () => {
    const halfWidth = 0.08;
    const result = await simulate(mm1(5), { workers: 1, target: { key: WAIT, halfWidth }, maxReplications: 300 });
    expect(result.target?.met).toBe(true);
    expect(result.target?.achieved).toBeLessThanOrEqual(halfWidth);
    expect(result.replications).toBe(result.target?.replications);
    expect(result.kpis.find((k) => k.key === WAIT)?.n).toBe(result.replications);
    const long = await simulate(mm1(90), { workers: 1 });
    const waits = long.repResults.map((rep) => rep.kpis[WAIT] as number);
    let fewest = 5;
    while (fewest < waits.length && (tInterval(waits.slice(0, fewest)).halfWidth as number) > halfWidth) fewest++;
    expect(fewest).toBeGreaterThan(10);
    // Measured: fewest 52, stopped at 52.
    expect(result.replications).toBeGreaterThanOrEqual(fewest);
    expect(result.replications).toBeLessThanOrEqual(Math.ceil(1.15 * fewest) + 1);
  });

  it("has no target record without a target", async () => {
    const result = await simulate(mm1(2), { workers: 1 });
    expect(result.target).toBeUndefined();
  });

  it("refuses a target on a KPI the model does not report", async () => {
    const run = simulate(mm1(2), { workers: 1, target: { key: "overall/waitTime.mea", halfWidth: 1 } });
    await expect(run).rejects.toBeInstanceOf(UnknownKpiError);
    await expect(run).rejects.toThrow(/did you mean "overall\/waitTime.mean"/);
  });
});
