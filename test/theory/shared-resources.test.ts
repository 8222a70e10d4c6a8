/**
 * Pools shared between steps, multi-unit needs, and steps that need two pools at once.
 *
 * - Tellers who handle both deposits (exponential, mean 1) and transfers (fixed 0.5 min),
 *   first come first served across both lines, are one M/G/1 queue with the mixed handling
 *   time: both kinds of customer wait the Pollaczek–Khinchine wait of the mixture.
 * - A signing that needs 2 of 6 notaries is an M/M/3 queue.
 * - A meeting that needs a clerk (of 3) and a room (of 2) is an M/M/2 queue: the rooms bind.
 */
import { beforeAll, describe, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { pollaczekKhinchine } from "../support/theory/single-server.js";
import { mmc } from "../support/theory/erlang.js";
import { checkKpi, expectTheoryWithin, kpiValues, replicate } from "../support/theory/replications.js";
import { tInterval } from "../support/theory/t-interval.js";
import { horizonFor } from "../support/theory/station-models.js";
import { buildModel, exponential, pool, poissonSource, serviceStep } from "../support/theory/model-builder.js";

describe("one teller shared by two steps (M/G/1 with a mixed handling time)", () => {
  const deposits = 0.4;
  const transfers = 0.5;
  const total = deposits + transfers;
  const mean = (deposits * 1 + transfers * 0.5) / total;
  const second = (deposits * 2 + transfers * 0.25) / total;
  const theory = pollaczekKhinchine(total, mean, second);
  let results: RepResult[];
  beforeAll(() => {
    const model = buildModel({
      name: "shared teller",
      arrivals: [poissonSource("depositors", deposits, "deposit"), poissonSource("senders", transfers, "transfer")],
      resources: [pool("teller", 1)],
      steps: [
        serviceStep("deposit", "teller", exponential(1)),
        serviceStep("transfer", "teller", { kind: "deterministic", value: 0.5 }),
      ],
      run: { horizon: horizonFor(total, 80_000, 1_000), warmup: 1_000 },
    });
    results = replicate(model, 20);
  });

  it("both lines wait the P-K wait of the mixture (FCFS across steps)", () => {
    checkKpi(results, "step/deposit/waitTime.mean", theory.meanWait, { maxRelativeHalfWidth: 0.04 });
    checkKpi(results, "step/transfer/waitTime.mean", theory.meanWait, { maxRelativeHalfWidth: 0.04 });
  });

  it("the teller is busy λ·E[S] and the queues add up to Lq", () => {
    checkKpi(results, "pool/teller/utilisation", theory.utilisation, { maxRelativeHalfWidth: 0.01 });
    const deposit = kpiValues(results, "step/deposit/queue.mean");
    const transfer = kpiValues(results, "step/transfer/queue.mean");
    const both = tInterval(deposit.map((q, i) => q + transfer[i]));
    expectTheoryWithin("step/deposit/queue.mean + step/transfer/queue.mean", both, theory.meanQueue, { maxRelativeHalfWidth: 0.04 });
  });
});

describe("a step that needs 2 of 6 notaries (M/M/3)", () => {
  const theory = mmc(2.4, 1, 3);
  let results: RepResult[];
  beforeAll(() => {
    const signing = serviceStep("signing", "notaries", exponential(1));
    const model = buildModel({
      name: "two notaries per signing",
      arrivals: [poissonSource("contracts", 2.4, "signing")],
      resources: [pool("notaries", 6)],
      steps: [{ ...signing, resources: [{ resource: "notaries", units: 2 }] }],
      run: { horizon: horizonFor(2.4, 80_000, 500), warmup: 500 },
    });
    results = replicate(model, 20);
  });

  it("waits as M/M/3 and keeps 2·λ·E[S] of 6 notaries busy", () => {
    checkKpi(results, "step/signing/waitTime.mean", theory.meanWait, { maxRelativeHalfWidth: 0.04 });
    checkKpi(results, "overall/waitTime.shareWaiting", theory.probWait, { maxRelativeHalfWidth: 0.02 });
    checkKpi(results, "pool/notaries/utilisation", theory.utilisation, { maxRelativeHalfWidth: 0.01 });
  });
});

describe("a step that needs a clerk (of 3) and a room (of 2) at once (M/M/2)", () => {
  const theory = mmc(1.5, 1, 2);
  let results: RepResult[];
  beforeAll(() => {
    const meeting = serviceStep("meeting", "clerks", exponential(1));
    const model = buildModel({
      name: "clerk and room",
      arrivals: [poissonSource("clients", 1.5, "meeting")],
      resources: [pool("clerks", 3), pool("rooms", 2)],
      steps: [{ ...meeting, resources: [{ resource: "clerks", units: 1 }, { resource: "rooms", units: 1 }] }],
      run: { horizon: horizonFor(1.5, 80_000, 500), warmup: 500 },
    });
    results = replicate(model, 20);
  });

  it("waits as M/M/2 (the rooms bind)", () => {
    checkKpi(results, "step/meeting/waitTime.mean", theory.meanWait, { maxRelativeHalfWidth: 0.04 });
  });

  it("rooms are busy λE[S]/2 and clerks λE[S]/3", () => {
    checkKpi(results, "pool/rooms/utilisation", 0.75, { maxRelativeHalfWidth: 0.01 });
    checkKpi(results, "pool/clerks/utilisation", 0.5, { maxRelativeHalfWidth: 0.01 });
  });
});
