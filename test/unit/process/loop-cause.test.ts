/**
 * The endless-loop guard names the move that brought the case back: two busy desks escalating
 * a waiting customer to each other, two full desks overflowing to each other, or a route
 * leading back (guards.test.ts). The models are built in code, past validation, which refuses
 * both cycles (escalation-cycles.ts).
 */
import { describe, expect, it } from "vitest";
import { SimulationError } from "../../../src/engine/errors.js";
import type { Step } from "../../../src/model/compile/model.js";
import { admission, fixed, model, pool, source, step, trace } from "./fixtures.js";

function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof SimulationError) return error.message;
    throw error;
  }
  throw new Error("expected a SimulationError");
}

/** Two desks of one clerk each, 100 minutes a case; cases arrive at minutes 1, 2 and 3. */
function twoDesks(extra: (other: string) => Partial<Step>) {
  const desk = (name: string, clerks: string, other: string): Step => ({ ...step(name, [[clerks, 1]], fixed(100)), ...extra(other) });
  return model({
    arrivals: [source("apps", fixed(1), "s1")],
    resources: [pool("a", 1), pool("b", 1)],
    steps: [desk("s1", "a", "s2"), desk("s2", "b", "s1")],
    run: { maxArrivals: 3 },
  });
}

describe("the endless-loop guard names the cause", () => {
  it("an escalation cycle: the third case is escalated to and fro every half minute", () => {
    const m = twoDesks((other) => ({ escalate: { after: 0.5, clock: "elapsed", since: "joining", to: other, priority: null, path: [] } }));
    expect(failure(() => trace(m, { limits: { maxVisitsPerStep: 5 } }))).toBe(
      'replication 0, t = 8 min, case #2 (apps), at steps[0] "s1": the case visited this step more than 5 times: ' +
      "it was escalated here again (escalate: { to }), so escalations pass it round a cycle of steps without service. " +
      "Escalate one step of the cycle to a step outside it, or raise the priority instead.",
    );
  });

  it("an overflow cycle: the third case is blocked at both full desks in one instant", () => {
    const m = twoDesks((other) => ({ admission: admission({ maxWaiting: 0, overflowTo: other }) }));
    expect(failure(() => trace(m, { limits: { maxVisitsPerStep: 5 } }))).toBe(
      'replication 0, t = 3 min, case #2 (apps), at steps[0] "s1": the case visited this step more than 5 times: ' +
      "it was sent here again as an overflow (whenFull: { to }), so full steps pass it round a cycle. " +
      "Let one step of the cycle turn blocked cases away (whenFull: lost) or overflow outside it.",
    );
  });
});
