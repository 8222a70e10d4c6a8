/**
 * Callbacks below live calls (Cobham): one agent answers live calls and returns messages;
 * messages carry `priority: -1`, so a freed agent takes a waiting live call first, but
 * nobody is interrupted — a non-preemptive two-class M/M/1 with the callbacks as the low class.
 *
 * Live calls arrive 0.4 a minute (talk time exponential, mean 1 minute). Callback requests
 * arrive 0.3 a minute through a web form whose line nobody serves: each leaves a message at
 * once (after 0, p 1), so the callback step gets a Poisson stream of its own (call back
 * exponential, mean 0.8 minutes). Cobham: live calls wait W0/(1 − σ1) = 0.99 minutes and
 * callbacks W0/((1 − σ1)(1 − σ2)) = 2.74, where W0 = Σ λ·E[S²]/2 = 0.592 (first come, first
 * served would give both 1.64).
 */
import { beforeAll, describe, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { cobhamMg1 } from "../support/theory/priority.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { horizonFor } from "../support/theory/station-models.js";
import { EXIT, buildModel, exponential, pool, poissonSource, serviceStep } from "../support/theory/model-builder.js";
import { admissionRules } from "../support/theory/finite-queues.js";

const live = { rate: 0.4, mean: 1 };
const callbacks = { rate: 0.3, mean: 0.8 };

describe("callbacks at priority -1 behind live calls on one agent", () => {
  const [liveWait, callbackWait] = cobhamMg1([live, callbacks].map((c) => ({ arrivalRate: c.rate, meanService: c.mean, secondMoment: 2 * c.mean * c.mean })));
  let results: RepResult[];
  beforeAll(() => {
    const message = { after: 0, p: 1, to: "callbacks", priority: -1, path: [] };
    const model = buildModel({
      name: "callbacks below live calls",
      arrivals: [poissonSource("calls", live.rate, "answer"), poissonSource("requests", callbacks.rate, "web form")],
      resources: [pool("agent", 1), pool("web", 0)],
      steps: [
        serviceStep("answer", "agent", exponential(live.mean), EXIT),
        { ...serviceStep("web form", "web", exponential(1), EXIT), admission: admissionRules({ message }) },
        serviceStep("callbacks", "agent", exponential(callbacks.mean), EXIT),
      ],
      run: { horizon: horizonFor(live.rate + callbacks.rate, 50_000, 2_000), warmup: 2_000 },
    });
    results = replicate(model, 20);
  });

  it("live calls wait W0 / (1 − σ1)", () => {
    checkKpi(results, "step/answer/waitTime.mean", liveWait, { maxRelativeHalfWidth: 0.04 });
  });

  it("callbacks wait W0 / ((1 − σ1)(1 − σ2)) from the message on", () => {
    checkKpi(results, "step/callbacks/waitTime.mean", callbackWait, { maxRelativeHalfWidth: 0.05 });
  });

  it("the agent is busy λ1·E[S1] + λ2·E[S2] of the time", () => {
    checkKpi(results, "pool/agent/utilisation", live.rate * live.mean + callbacks.rate * callbacks.mean, { maxRelativeHalfWidth: 0.01 });
  });
});
