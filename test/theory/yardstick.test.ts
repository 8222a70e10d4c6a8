/**
 * The benchmark's hand-written yardstick loops simulate the same models as procsim.
 *
 * The M/M/10 branch counter (Model A) must show Erlang C's mean wait, and both yardsticks must
 * agree with procsim's mean wait on Model A and on the loan network (Model B) within the
 * combined 95% intervals of their replications: they draw from the same Philox generator but
 * on different streams, so they agree statistically, not exactly. Without this, the engine's
 * speed ratio to the yardstick could be a ratio to a loop that simulates something else.
 */
import { describe, expect, it } from "vitest";
import type { Model } from "../../src/model/compile/model.js";
import { mmc } from "../support/theory/erlang.js";
import { expectTheoryWithin, kpiInterval, replicate } from "../support/theory/replications.js";
import { tInterval, type TInterval } from "../support/theory/t-interval.js";
import { modelA } from "../bench/model-a.js";
import { modelB } from "../bench/model-b.js";
import { runYardstickA } from "../bench/yardstick-mm10.js";
import { runYardstickB } from "../bench/yardstick-loan.js";
import type { YardstickResult } from "../bench/yardstick-parts.js";

const REPLICATIONS = 10;

/** Mean waits of `REPLICATIONS` yardstick runs on seeds 1, 2, …. */
function yardstickInterval(run: (customers: number, seed: number) => YardstickResult, customers: number): TInterval {
  return tInterval(Array.from({ length: REPLICATIONS }, (_, r) => run(customers, r + 1).meanWait));
}

/** Asserts two independent intervals agree: |difference| ≤ 2 combined half-widths. */
function expectAgreement(label: string, a: TInterval, b: TInterval, maxRelativeHalfWidth: number): void {
  const combined = Math.hypot(a.halfWidth, b.halfWidth);
  const line = `${label}: yardstick ${a.mean.toPrecision(5)} ± ${a.halfWidth.toPrecision(3)}, procsim ${b.mean.toPrecision(5)} ± ${b.halfWidth.toPrecision(3)}`;
  console.log(line);
  expect(combined, `${line} — intervals too wide to judge`).toBeLessThanOrEqual(maxRelativeHalfWidth * b.mean);
  expect(Math.abs(a.mean - b.mean), `${line} — they disagree`).toBeLessThanOrEqual(2 * combined);
}

/** procsim's interval of the mean wait of `model` over `REPLICATIONS` replications. */
function procsimInterval(model: Model): TInterval {
  return kpiInterval(replicate(model, REPLICATIONS), "overall/waitTime.mean");
}

describe("benchmark yardsticks", () => {
  it("Model A's yardstick shows Erlang C's mean wait and agrees with procsim", () => {
    const customers = 200_000;
    const yardstick = yardstickInterval(runYardstickA, customers);
    expectTheoryWithin("yardstick A mean wait vs Erlang C", yardstick, mmc(9, 1, 10).meanWait, { maxRelativeHalfWidth: 0.04 });
    expectAgreement("Model A mean wait", yardstick, procsimInterval(modelA(customers)), 0.05);
  });

  it("Model B's yardstick agrees with procsim's mean total wait per application", () => {
    const applications = 120_000;
    expectAgreement("Model B mean wait", yardstickInterval(runYardstickB, applications), procsimInterval(modelB(applications)), 0.06);
  });
});
