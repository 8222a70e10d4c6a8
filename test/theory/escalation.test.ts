/**
 * Escalation counts against the M/M/c waiting-time distribution.
 *
 * One line, two clerks, exponential handling of 1 minute, 1.6 arrivals a minute, and every
 * case still waiting after t minutes is raised to priority 10. All cases are alike and the
 * limit is the same for all, so they are escalated in the order they joined: the line keeps
 * its first-come-first-served order, the queue is the plain M/M/2, and the share escalated
 * is P(W > t) = C(c, a)·e^{−(cμ − λ)t} (Erlang C). The mean wait stays Erlang C's too.
 * A second case counts the limit in working time on a 24/7 calendar (the same numbers).
 */
import { beforeAll, describe, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import type { Step } from "../../src/model/compile/model.js";
import { erlangC, mmc } from "../support/theory/erlang.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { horizonFor } from "../support/theory/station-models.js";
import { buildModel, exponential, pool, poissonSource, serviceStep } from "../support/theory/model-builder.js";

const RATE = 1.6;
const SERVERS = 2;
const WARMUP = 2_000;

describe.each([
  { limit: 1, clock: "elapsed" as const },
  { limit: 3, clock: "working" as const },
])("M/M/2 with escalation to priority 10 after $limit min ($clock clock)", ({ limit, clock }) => {
  const probWaitLonger = erlangC(SERVERS, RATE) * Math.exp(-(SERVERS - RATE) * limit);
  let results: RepResult[];
  beforeAll(() => {
    const desk: Step = {
      ...serviceStep("desk", "clerks", exponential(1)),
      escalate: { after: limit, clock, since: "joining", to: null, priority: 10, path: ["steps", 0, "escalate"] },
    };
    const model = buildModel({
      name: "escalating line",
      arrivals: [poissonSource("customers", RATE, "desk")],
      resources: [pool("clerks", SERVERS)],
      steps: [desk],
      run: { horizon: horizonFor(RATE, 60_000, WARMUP), warmup: WARMUP },
    });
    results = replicate(model, 20);
  });

  it("the share escalated is P(W > t) = C·e^{−(cμ − λ)t}", () => {
    checkKpi(results, "step/desk/escalated.share", probWaitLonger, { maxRelativeHalfWidth: 0.06 });
  });

  it("the line is still first come first served: the mean wait is Erlang C's", () => {
    checkKpi(results, "step/desk/waitTime.mean", mmc(RATE, 1, SERVERS).meanWait, { maxRelativeHalfWidth: 0.05 });
  });
});
