/**
 * Jackson-network formulas: traffic equations and per-station M/M/c composition.
 */
import { describe, expect, it } from "vitest";
import { jacksonNetwork, mm1Feedback, visitRatios } from "../../support/theory/jackson.js";
import { mm1 } from "../../support/theory/single-server.js";
import { mmc } from "../../support/theory/erlang.js";

describe("visitRatios", () => {
  it("gives one visit per station in a tandem line", () => {
    const v = visitRatios([1, 0, 0], [[0, 1, 0], [0, 0, 1], [0, 0, 0]]);
    v.forEach((x) => expect(x).toBeCloseTo(1, 12));
  });

  it("gives 1/(1 − p) visits under Bernoulli feedback", () => {
    expect(visitRatios([1], [[0.2]])[0]).toBeCloseTo(1.25, 12);
  });

  it("solves a network with a loop back to an earlier station", () => {
    // intake → review; review → approval (0.7) or back to intake (0.3); approval exits.
    const v = visitRatios([1, 0, 0], [[0, 1, 0], [0.3, 0, 0.7], [0, 0, 0]]);
    expect(v[0]).toBeCloseTo(1 / 0.7, 12);
    expect(v[1]).toBeCloseTo(1 / 0.7, 12);
    expect(v[2]).toBeCloseTo(1, 12);
  });

  it("rejects a loop with no exit", () => {
    expect(() => visitRatios([1], [[1]])).toThrow(/singular/);
  });
});

describe("jacksonNetwork", () => {
  it("sums per-station M/M/c sojourns along a tandem line", () => {
    const stations = [
      { name: "a", servers: 1, meanService: 0.5 },
      { name: "b", servers: 2, meanService: 1.5 },
      { name: "c", servers: 1, meanService: 0.8 },
    ];
    const net = jacksonNetwork(1, [1, 0, 0], [[0, 1, 0], [0, 0, 1], [0, 0, 0]], stations);
    const expected = mm1(1, 0.5).meanSojourn + mmc(1, 1.5, 2).meanSojourn + mm1(1, 0.8).meanSojourn;
    expect(net.meanSojourn).toBeCloseTo(expected, 12);
  });

  it("gives the textbook M/M/1 feedback sojourn W = 1/(μ(1 − p) − λ)", () => {
    const lambda = 0.6;
    const p = 0.2;
    const result = mm1Feedback(lambda, 1, p);
    expect(result.stations[0].arrivalRate).toBeCloseTo(0.75, 12);
    expect(result.stations[0].metrics.meanWait).toBeCloseTo(3, 12);
    expect(result.meanSojourn).toBeCloseTo(1 / (1 * (1 - p) - lambda), 12);
  });
});
