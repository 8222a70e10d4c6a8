/**
 * End-of-day rules over many days, against the transient M/M/c.
 *
 * A loan desk with 3 advisers opens empty at 00:00 and closes at 08:00; clients arrive at
 * 0.3 per minute and are served in an exponential 8 minutes. N(480), the number present at
 * closing, follows the Kolmogorov forward equations from p(0) = δ₀.
 * - serve: the advisers stay until everyone present is served. Service is memoryless, so the
 *   work left at closing is N(480) fresh exponential services: E[overtime] = E[N(480)] × 8 min.
 * - sendAway: everyone waiting (not in service) leaves: E[sent away] = E[(N(480) − 3)⁺].
 * - carryOver: the same cases are carried over the night: E[carried] = E[(N(480) − 3)⁺].
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { EndOfDayRule } from "../../src/model/compile/model.js";
import type { RepResult } from "../../src/stats/result-types.js";
import { transientMmc } from "../support/theory/transient.js";
import { checkKpi, replicate, THEORY_SCALE } from "../support/theory/replications.js";
import { STATION, stationSource } from "../support/theory/station-models.js";
import { buildModel, exponential, pool, serviceStep } from "../support/theory/model-builder.js";

const lambda = 0.3;
const meanService = 8;
const servers = 3;
const closing = 480;
const DAYS = Math.round(4000 * THEORY_SCALE);

/** P(N(t) = n) at t = `until` for the M/M/c from empty, by uniformisation (Poisson-weighted jumps). */
function transientDistribution(until: number, maxCount = 200): Float64Array {
  const mu = 1 / meanService;
  const rate = lambda + servers * mu;
  let state = new Float64Array(maxCount + 1);
  state[0] = 1;
  const result = new Float64Array(maxCount + 1);
  let weight = Math.exp(-rate * until);
  for (let k = 0; weight > 0 || k < rate * until; k++) {
    for (let n = 0; n <= maxCount; n++) result[n] += weight * state[n];
    const next = new Float64Array(maxCount + 1);
    for (let n = 0; n <= maxCount; n++) {
      const up = n < maxCount ? lambda / rate : 0;
      const down = (Math.min(n, servers) * mu) / rate;
      if (n < maxCount) next[n + 1] += up * state[n];
      if (n > 0) next[n - 1] += down * state[n];
      next[n] += (1 - up - down) * state[n];
    }
    state = next;
    weight *= (rate * until) / (k + 1);
    if (k > rate * until + 60 * Math.sqrt(rate * until)) break;
  }
  return result;
}

function day(rule: EndOfDayRule): RepResult[] {
  const model = buildModel({
    name: `desk day, ${rule}`,
    calendar: { always: false, open: 0, close: closing, days: Array(7).fill(true), endOfDay: { rule, comeBack: false, path: [] } },
    arrivals: [stationSource({ arrivalRate: lambda }, STATION.step)],
    resources: [pool(STATION.pool, servers)],
    steps: [serviceStep(STATION.step, STATION.pool, exponential(meanService))],
    run: { horizon: closing, study: "terminating" },
  });
  return replicate(model, DAYS);
}

describe("end-of-day rules on a terminating M/M/3 day (λ = 0.3, E[S] = 8, closing at 480)", () => {
  const meanAtClosing = transientMmc(lambda, meanService, servers, closing).meanAt[Math.round(closing / 0.02)];
  const p = transientDistribution(closing);
  const waitingAtClosing = p.reduce((sum, pn, n) => sum + Math.max(0, n - servers) * pn, 0);
  let served: RepResult[];
  let sent: RepResult[];
  let carried: RepResult[];
  beforeAll(() => {
    served = day("serve");
    sent = day("sendAway");
    carried = day("carryOver");
  });

  it("the two transient solutions agree on E[N(480)]", () => {
    expect(p.reduce((sum, pn) => sum + pn, 0)).toBeCloseTo(1, 9);
    expect(p.reduce((sum, pn, n) => sum + n * pn, 0)).toBeCloseTo(meanAtClosing, 6);
  });

  it("serve: overtime staff hours are E[N(480)] × E[S]", () => {
    checkKpi(served, `pool/${STATION.pool}/overtime.hours`, (meanAtClosing * meanService) / 60, { maxRelativeHalfWidth: 0.05 });
    checkKpi(served, "overall/sentAway", 0, { maxRelativeHalfWidth: 0, absoluteHalfWidth: 1e-12 });
  });

  it("sendAway: cases sent away are E[(N(480) − 3)⁺]", () => {
    checkKpi(sent, "overall/sentAway", waitingAtClosing, { maxRelativeHalfWidth: 0.06 });
  });

  it("carryOver: cases carried over the night are E[(N(480) − 3)⁺]", () => {
    checkKpi(carried, `step/${STATION.step}/backlog.carried`, waitingAtClosing, { maxRelativeHalfWidth: 0.06 });
  });
});
