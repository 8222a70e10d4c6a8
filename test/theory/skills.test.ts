/**
 * Skills-based routing against queueing theory.
 *
 * 1. Two customer types, each served by its own pool first and by the other pool when its
 *    own is busy, all handling times exponential with the same mean: every server can serve
 *    every customer and is never idle while someone waits, so the number in system is that
 *    of one M/M/(c1 + c2) queue — its mean wait is Erlang C's, whatever `takes` says.
 * 2. One-way overflow (retail calls may go to the business agents, not the other way): the
 *    mean wait lies between the fully pooled M/M/(c1 + c2) and the separate M/M/c's.
 * Both check that each pool's utilisation adds up: c1·u1 + c2·u2 = λ·E[S].
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import type { Step } from "../../src/model/compile/model.js";
import { mmc } from "../support/theory/erlang.js";
import { checkKpi, expectTheoryWithin, kpiValues, replicate } from "../support/theory/replications.js";
import { tInterval } from "../support/theory/t-interval.js";
import { horizonFor } from "../support/theory/station-models.js";
import { buildModel, exponential, pool, poissonSource, serviceStep } from "../support/theory/model-builder.js";

const RATE = 1.6;
const SERVERS = 2;
const WARMUP = 2_000;

/** A step served by `pools` in preference order, exponential(1) handling everywhere. */
function skillStep(name: string, pools: readonly string[]): Step {
  return {
    ...serviceStep(name, pools[0], exponential(1)),
    servedBy: { options: pools.map((resource) => ({ resource, units: 1, duration: null, path: [] })), choose: "preference" },
  };
}

function twoTypes(retailPools: readonly string[], businessPools: readonly string[], takes: "priority" | "ownFirst") {
  return buildModel({
    name: "two skill groups",
    arrivals: [poissonSource("retail", RATE, "retail call"), poissonSource("business", RATE, "business call")],
    resources: [{ ...pool("retail agents", SERVERS), takes }, { ...pool("business agents", SERVERS), takes }],
    steps: [
      businessPools.length > 1 ? skillStep("business call", businessPools) : serviceStep("business call", "business agents", exponential(1)),
      skillStep("retail call", retailPools),
    ],
    run: { horizon: horizonFor(2 * RATE, 40_000, WARMUP), warmup: WARMUP },
  });
}

/** Busy servers over both pools, per replication: c1·u1 + c2·u2. */
function busyServers(results: readonly RepResult[]): number[] {
  const retail = kpiValues(results, "pool/retail agents/utilisation");
  const business = kpiValues(results, "pool/business agents/utilisation");
  return retail.map((u, i) => SERVERS * u + SERVERS * business[i]);
}

const pooled = mmc(2 * RATE, 1, 2 * SERVERS);
const separate = mmc(RATE, 1, SERVERS);

describe.each(["priority", "ownFirst"] as const)("two-way overflow, takes: %s = M/M/(c1 + c2)", (takes) => {
  let results: RepResult[];
  beforeAll(() => {
    results = replicate(twoTypes(["retail agents", "business agents"], ["business agents", "retail agents"], takes), 20);
  });

  it("the mean wait over all calls is Erlang C's for c1 + c2 servers", () => {
    checkKpi(results, "overall/waitTime.mean", pooled.meanWait, { maxRelativeHalfWidth: 0.05 });
  });

  it("busy servers over both pools add up to λ·E[S]", () => {
    expectTheoryWithin("c1·u1 + c2·u2", tInterval(busyServers(results)), 2 * RATE, { maxRelativeHalfWidth: 0.01 });
  });

  it("each step's work is shared between its pools, the own pool doing most", () => {
    const own = tInterval(kpiValues(results, "step/retail call by retail agents/servedBy.share"));
    const other = tInterval(kpiValues(results, "step/retail call by business agents/servedBy.share"));
    expect(own.mean + other.mean).toBeCloseTo(1, 12);
    expect(own.mean - own.halfWidth).toBeGreaterThan(0.5);
  });
});

describe("one-way overflow lies between the pooled and the separate systems", () => {
  let results: RepResult[];
  beforeAll(() => {
    results = replicate(twoTypes(["retail agents", "business agents"], ["business agents"], "ownFirst"), 20);
  });

  it("M/M/(c1 + c2) < mean wait < M/M/c", () => {
    const ci = tInterval(kpiValues(results, "overall/waitTime.mean"));
    console.log(`one-way overflow wait ${ci.mean.toFixed(4)} ± ${ci.halfWidth.toFixed(4)}; pooled ${pooled.meanWait.toFixed(4)}, separate ${separate.meanWait.toFixed(4)}`);
    expect(ci.halfWidth).toBeLessThan(0.1 * (separate.meanWait - pooled.meanWait));
    expect(ci.mean - 2 * ci.halfWidth).toBeGreaterThan(pooled.meanWait);
    expect(ci.mean + 2 * ci.halfWidth).toBeLessThan(separate.meanWait);
  });

  it("busy servers over both pools add up to λ·E[S]", () => {
    expectTheoryWithin("c1·u1 + c2·u2", tInterval(busyServers(results)), 2 * RATE, { maxRelativeHalfWidth: 0.01 });
  });
});
