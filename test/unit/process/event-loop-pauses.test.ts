/**
 * The event loop returns to its caller every 65,536 events and resumes (simulation.ts), so V8
 * optimises it as a function during the first replication. The pauses must not show: a walk-in
 * counter whose customers arrive every minute and take half a minute runs the same events,
 * whether the run ends before, at or after a pause, and nothing happens after its end.
 */
import { describe, expect, it } from "vitest";
import { fixed, model, pool, source, step, trace } from "./fixtures.js";

/** A customer every minute (t = 1, 2, …), half a minute at the one teller. */
function counter(run: Parameters<typeof model>[0]["run"]) {
  return trace(model({
    arrivals: [source("walk-in", fixed(1), "counter")],
    resources: [pool("teller", 1)],
    steps: [step("counter", [["teller", 1]], fixed(0.5))],
    run,
  }));
}

describe("event loop pauses", () => {
  it("runs every event of a terminating run that spans several pauses, and ends with the last one", () => {
    const { outcome, trace: log } = counter({ maxArrivals: 100_000 });
    // NOTE: one arrival and one step end per customer.
    expect(outcome.events).toBe(200_000);
    expect(outcome.endTime).toBe(100_000.5);
    expect(log.arrivals.length).toBe(100_000);
    expect(log.rows.at(-1)).toBe("100000.5 c99999 complete cycle 0.5 waited 0");
  });

  it.each([
    // n arrivals by the horizon n + 0.25 and n − 1 departures, then the stop: event 2n.
    ["before a pause", 32_767],
    ["on the 65,536th event, where the loop pauses", 32_768],
    ["after a pause", 32_769],
  ])("ends a run at its horizon when the stop event falls %s", (_, n) => {
    const horizon = n + 0.25;
    const { outcome, trace: log } = counter({ horizon, study: "steadyState" });
    expect(outcome.events).toBe(2 * n);
    expect(outcome.endTime).toBe(horizon);
    expect(log.arrivals.at(-1)).toBe(n);
    const last = log.rows.reduce((latest, row) => Math.max(latest, Number(row.split(" ")[0])), 0);
    expect(last).toBe(n);
  });
});
