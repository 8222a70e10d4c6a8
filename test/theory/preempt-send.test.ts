/**
 * Preempted work sent elsewhere, at one server against its closed form.
 *
 * One adviser, exponential advice of mean 1/μ = 1 minute; VIPs at λ1 = 0.3 and standard
 * callers at λ2 = 0.4 a minute. A VIP who finds the adviser with a standard caller
 * interrupts; the standard caller is sent to the callbacks (`preempt: { interrupted: send }`),
 * served by a team of their own. A standard service is interrupted when a VIP arrives before
 * it ends: probability λ1/(λ1 + μ) = 0.2308 (memoryless work, Poisson VIPs). So the share of
 * the adviser's starts that are sent elsewhere is λ2·λ1/((λ1 + λ2)(λ1 + μ)) = 0.1319, and
 * VIPs, who never see standard callers, spend 1/(μ − λ1) = 1.4286 minutes in the system.
 */
import { beforeAll, describe, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { horizonFor } from "../support/theory/station-models.js";
import { EXIT, buildModel, exponential, pool, poissonSource, serviceStep } from "../support/theory/model-builder.js";

const [MU, VIP_RATE, STANDARD_RATE] = [1, 0.3, 0.4];

describe("M/M/1 where VIPs interrupt standard callers, who are sent to the callbacks", () => {
  let results: RepResult[];
  beforeAll(() => {
    const model = buildModel({
      name: "preempted work sent elsewhere",
      arrivals: [poissonSource("vip", VIP_RATE, "advice", { priority: 5 }), poissonSource("standard", STANDARD_RATE, "advice")],
      resources: [{ ...pool("adviser", 1), preempt: true, preempted: { interrupted: "send", sendTo: "callbacks", path: [] } }, pool("callback team", 50)],
      steps: [serviceStep("advice", "adviser", exponential(1 / MU), EXIT), serviceStep("callbacks", "callback team", exponential(1), EXIT)],
      run: { horizon: horizonFor(VIP_RATE + STANDARD_RATE, 40_000, 1_000), warmup: 1_000 },
    });
    results = replicate(model, 20);
  });

  it("the share of starts sent elsewhere is λ2·λ1/((λ1 + λ2)(λ1 + μ))", () => {
    const share = (STANDARD_RATE * VIP_RATE) / ((VIP_RATE + STANDARD_RATE) * (VIP_RATE + MU));
    checkKpi(results, "step/advice/preempted.sent.share", share, { maxRelativeHalfWidth: 0.03 });
  });

  it("every interruption sends its case on, and the callbacks get them all", () => {
    const perMinute = (STANDARD_RATE * VIP_RATE) / (VIP_RATE + MU);
    const minutes = horizonFor(VIP_RATE + STANDARD_RATE, 40_000, 1_000) - 1_000;
    checkKpi(results, "step/advice/preempted.sent", perMinute * minutes, { maxRelativeHalfWidth: 0.03 });
    checkKpi(results, "step/advice/preempted.count", perMinute * minutes, { maxRelativeHalfWidth: 0.03 });
  });

  it("VIPs spend 1/(μ − λ1) in the system, as in an M/M/1 of their own", () => {
    checkKpi(results, "class/vip/cycleTime.mean", 1 / (MU - VIP_RATE), { maxRelativeHalfWidth: 0.03 });
  });
});
