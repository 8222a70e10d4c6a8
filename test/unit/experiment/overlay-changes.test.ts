// Proposal changes applied to a small loan-factory base model (raw, as written): each change
// kind gives the expected document, and implicit routes are rewired correctly.
import { describe, expect, it } from "vitest";
import { applyProposalText } from "./overlay-helpers.js";

const BASE = `
name: loans
run: { horizon: 8h, replications: 5 }
arrivals:
  - name: applications
    ratePerHour: 10
resources:
  clerks: { capacity: 3, costPerHour: 30 }
  managers: { capacity: 1, costPerHour: 60 }
steps:
  - name: intake
    resource: clerks
    duration: 5min
  - name: review
    resource: clerks
    duration: { triangular: { min: 3, mode: 6, max: 12 } }
    next: [{ to: review, p: 0.2 }, { to: approval, p: 0.8 }]
  - name: approval
    resource: managers
    duration: { exponential: { mean: 3.5 } }
`;

function applied(changes: string, extra = "") {
  const result = applyProposalText(BASE, `extends: base.yaml\nname: proposal\n${extra}changes:\n${changes}`);
  expect(result.drafts).toEqual([]);
  return result.model;
}

describe("overlay changes", () => {
  it("replaces name, description and run settings key by key", () => {
    const model = applied("  []", "description: faster\nrun: { replications: 40 }\n");
    expect(model.name).toBe("proposal");
    expect(model.description).toBe("faster");
    expect(model.run).toEqual({ horizon: "8h", replications: 40 });
  });

  it("setDuration, setResource and setRouting change one step", () => {
    const model = applied(`
  - setDuration: { step: intake, duration: 3min }
  - setResource: { step: review, resource: managers, units: 1 }
  - setRouting: { step: intake, next: approval }`);
    expect(model.steps[0]).toEqual({ name: "intake", resource: "clerks", duration: "3min", next: "approval" });
    expect(model.steps[1]).toMatchObject({ resource: "managers", units: 1 });
  });

  it("setBatch replaces a step's batch rules", () => {
    const model = applied(`
  - setBatch: { step: review, batch: { at: ["12:00", "16:00"] } }`);
    expect(model.steps[1]).toMatchObject({ name: "review", batch: { at: ["12:00", "16:00"] } });
  });

  it("removeStep sends routes into the step to its successor and keeps the start", () => {
    const model = applied("  - removeStep: intake");
    expect(model.steps.map((s) => s.name)).toEqual(["review", "approval"]);
    expect(model.arrivals[0].start).toBe("review");
    const loopFree = applied("  - removeStep: { step: review }");
    expect(loopFree.steps.map((s) => [s.name, s.next])).toEqual([["intake", "approval"], ["approval", "exit"]]);
  });

  it("removeStep multiplies branch probabilities through a removed branching step", () => {
    const model = applied(`
  - setRouting: { step: intake, next: [{ to: review, p: 0.5 }, { to: approval, p: 0.5 }] }
  - setRouting: { step: review, next: [{ to: approval, p: 0.4 }, { to: exit, p: 0.6 }] }
  - removeStep: { step: review }`);
    expect(model.steps[0].next).toEqual([{ to: "approval", p: 0.7 }, { to: "exit", p: 0.3 }]);
  });

  it("mergeSteps puts one step in the first one's place and rewires routes into any part", () => {
    const model = applied(`
  - mergeSteps: { steps: [intake, review], name: one-stop intake, duration: { exponential: { mean: 9 } } }`);
    expect(model.steps.map((s) => s.name)).toEqual(["one-stop intake", "approval"]);
    expect(model.steps[0]).toEqual({
      name: "one-stop intake",
      resource: "clerks",
      duration: { exponential: { mean: 9 } },
      next: [{ to: "one-stop intake", p: 0.2 }, { to: "approval", p: 0.8 }],
    });
    expect(model.arrivals[0].start).toBe("one-stop intake");
  });

  it("mergeSteps without a duration sums the parts' means and variances into a gamma", () => {
    const model = applied("  - mergeSteps: { steps: [intake, approval], name: one-stop }");
    // intake: fixed 5 min; approval: exponential mean 3.5 (variance 12.25) → mean 8.5, sd 3.5.
    expect(model.steps.find((s) => s.name === "one-stop")?.duration).toEqual({ gamma: { mean: "8.5min", cv: Number((3.5 / 8.5).toPrecision(6)) } });
  });

  it("insertStep after and before a step", () => {
    const model = applied(`
  - insertStep: { after: intake, step: { name: pre-review, resource: clerks, duration: 2min } }
  - insertStep: { before: approval, step: { name: fee, duration: 1min } }`);
    expect(model.steps.map((s) => [s.name, s.next])).toEqual([
      ["intake", "pre-review"],
      ["pre-review", "review"],
      ["review", [{ to: "review", p: 0.2 }, { to: "fee", p: 0.8 }]],
      ["fee", "approval"],
      ["approval", "exit"],
    ]);
  });

  it("automateStep moves a step to a new 24/7 bot pool and replaces its rework rate", () => {
    const model = applied(`
  - automateStep: { step: review, pool: rpa bots, capacity: 4, costPerHour: 6, duration: 1min, errorRate: 5% }`);
    expect(model.resources?.["rpa bots"]).toEqual({ capacity: 4, costPerHour: 6, calendar: "always" });
    expect(model.steps[1]).toEqual({
      name: "review",
      resource: "rpa bots",
      duration: "1min",
      next: [{ to: "review", p: 0.05 }, { to: "approval", p: 0.95 }],
    });
  });

  it("automateStep into an existing pool with errors sent to another step", () => {
    const model = applied(`
  - automateStep: { step: approval, pool: clerks, duration: 30s, errorRate: 0.1, reworkTo: intake }`);
    expect(model.resources?.clerks).toEqual({ capacity: 3, costPerHour: 30 });
    expect(model.steps[2]).toEqual({ name: "approval", resource: "clerks", duration: "30s", next: [{ to: "intake", p: 0.1 }, { to: "exit", p: 0.9 }] });
  });

  it("setCapacity, addResource, scaleArrivals and setArrivals change supply and demand", () => {
    const model = applied(`
  - addResource: { name: seniors, capacity: 2, costPerHour: 80 }
  - setCapacity: { resource: clerks, shifts: [{ from: "09:00", to: "12:00", capacity: 4 }] }
  - scaleArrivals: { source: applications, factor: 0.7 }`);
    expect(model.resources?.seniors).toEqual({ capacity: 2, costPerHour: 80 });
    expect(model.resources?.clerks).toEqual({ costPerHour: 30, shifts: [{ from: "09:00", to: "12:00", capacity: 4 }] });
    expect(model.arrivals[0]).toMatchObject({ ratePerHour: 10, rateFactor: 0.7 });
    const renewal = applied(`
  - setArrivals: { source: applications, interarrival: { gamma: { mean: 6min, cv: 0.5 } } }
  - scaleArrivals: { source: applications, factor: 2 }`);
    expect(renewal.arrivals[0]).toEqual({ name: "applications", interarrival: { gamma: { mean: "6min", cv: 0.5 } }, rateFactor: 2 });
    const profiled = applied(`
  - setArrivals: { source: applications, profile: { "09:00": 4, "12:00": 8 } }
  - scaleArrivals: { source: applications, factor: 0.5 }
  - scaleArrivals: { source: applications, factor: 0.5 }`);
    expect(profiled.arrivals[0]).toEqual({ name: "applications", profile: { "09:00": 4, "12:00": 8 }, rateFactor: 0.25 });
  });

  it("leaves the base document's other parts untouched when no change is given", () => {
    const model = applied("  []");
    expect(model.steps.map((s) => s.next)).toEqual([undefined, [{ to: "review", p: 0.2 }, { to: "approval", p: 0.8 }], undefined]);
  });
});
