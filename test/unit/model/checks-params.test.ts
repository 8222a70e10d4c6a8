/**
 * Parameter checks: distribution parameters that make no sense, arrival-rate combinations,
 * gamma parameter pairs, service-level targets, and run settings.
 */
import { describe, expect, it } from "vitest";
import { BASE, expectLocated, issueFor, issuesOf, vary } from "./helpers.js";
import { loadModelText } from "../../../src/model/source/load.js";

const EXPO = "{ exponential: { mean: 5 } }";
const TRI = "{ triangular: { min: 2, mode: 4, max: 8 } }";

describe("distribution parameter checks", () => {
  it("mean ≤ 0", () => {
    const text = vary(EXPO, "{ exponential: { mean: 0 } }");
    const issue = issueFor(text, "distParam");
    expectLocated(issue, { path: ["steps", 0, "duration", "exponential", "mean"], text, needle: "0 } }" });
    expect(issue.message).toBe("mean is 0; mean must be greater than 0");
  });

  it("sd < 0", () => {
    const text = vary(EXPO, "{ lognormal: { mean: 5, sd: -1 } }");
    expectLocated(issueFor(text, "distParam"), { path: ["steps", 0, "duration", "lognormal", "sd"], text, needle: "-1" });
  });

  it("min > max", () => {
    const text = vary(EXPO, "{ uniform: { min: 9, max: 3 } }");
    expectLocated(issueFor(text, "minAboveMax"), { path: ["steps", 0, "duration", "uniform", "min"], text, needle: "9," });
  });

  it("mode outside [min, max]", () => {
    const text = vary(TRI, "{ triangular: { min: 2, mode: 10, max: 8 } }");
    const issue = issueFor(text, "modeOutside");
    expectLocated(issue, { path: ["steps", 1, "duration", "triangular", "mode"], text, needle: "10," });
    expect(issue.message).toBe("mode 10 is outside [2, 8]; the mode must lie between min and max");
  });

  it("cv ≤ 0 for gamma given by mean and cv", () => {
    const text = vary(EXPO, "{ gamma: { mean: 5, cv: 0 } }");
    expectLocated(issueFor(text, "distParam"), { path: ["steps", 0, "duration", "gamma", "cv"], text, needle: "0 } }" });
  });

  it("gamma with a mixed parameter pair", () => {
    const text = vary(EXPO, "{ gamma: { mean: 5, scale: 2 } }");
    expectLocated(issueFor(text, "paramForms"), { path: ["steps", 0, "duration", "gamma"], text, needle: "{ mean: 5, scale" });
  });

  it("k not a positive integer", () => {
    const text = vary(EXPO, "{ erlang: { k: 2.5, mean: 5 } }");
    expectLocated(issueFor(text, "notInteger"), { path: ["steps", 0, "duration", "erlang", "k"], text, needle: "2.5" });
  });

  it("weights negative or all zero, and weights of the wrong length", () => {
    const zero = vary(EXPO, "{ empirical: { values: [1, 2], weights: [0, 0] } }");
    expectLocated(issueFor(zero, "weightsInvalid"), { path: ["steps", 0, "duration", "empirical", "weights"], text: zero, needle: "[0, 0]" });
    const negative = vary(EXPO, "{ empirical: { values: [1, 2], weights: [3, -1] } }");
    expectLocated(issueFor(negative, "weightsInvalid"), { path: ["steps", 0, "duration", "empirical", "weights"], text: negative, needle: "[3, -1]" });
    const short = vary(EXPO, "{ empirical: { values: [1, 2], weights: [3] } }");
    expectLocated(issueFor(short, "weightsLength"), { path: ["steps", 0, "duration", "empirical", "weights"], text: short, needle: "[3]" });
  });

  it("a negative fixed duration", () => {
    const text = vary(EXPO, "-2");
    expectLocated(issueFor(text, "distParam"), { path: ["steps", 0, "duration", "deterministic", "value"], text, needle: "-2" });
  });

  it("a duration string in a case attribute", () => {
    const text = vary("ratePerHour: 6\n", "ratePerHour: 6\n    attributes: { pages: 5min }\n");
    expectLocated(issueFor(text, "attributeTime"), { path: ["arrivals", 0, "attributes", "pages"], text, needle: "5min" });
  });
});

describe("arrival checks", () => {
  it("interarrival with ratePerHour is a conflict", () => {
    const text = vary("ratePerHour: 6\n", "ratePerHour: 6\n    interarrival: { exponential: { mean: 10 } }\n");
    expectLocated(issueFor(text, "interarrivalConflict"), { path: ["arrivals", 0, "interarrival"], text, needle: "{ exponential: { mean: 10" });
  });

  it("no rate at all", () => {
    const text = vary("    ratePerHour: 6\n", "    priority: 1\n");
    expectLocated(issueFor(text, "arrivalRateMissing"), { path: ["arrivals", 0], text, needle: "name: customers" });
  });

  it("a profile with no arrivals in opening hours", () => {
    const text = vary("ratePerHour: 6", 'profile: { "09:00": 0, "12:00": 0 }');
    expectLocated(issueFor(text, "profileZero"), { path: ["arrivals", 0, "profile"], text, needle: '{ "09:00"' });
  });
});

describe("service level and run checks", () => {
  it("service-level target outside (0, 1]", () => {
    const over = `${BASE}serviceLevels:\n  - { maxWait: 5min, target: 1.2 }\n`;
    expectLocated(issueFor(over, "tooBig"), { path: ["serviceLevels", 0, "target"], text: over, needle: "1.2" });
    const zero = `${BASE}serviceLevels:\n  - { maxWait: 5min, target: 0% }\n`;
    expectLocated(issueFor(zero, "targetZero"), { path: ["serviceLevels", 0, "target"], text: zero, needle: "0% }" });
    const percent = `${BASE}serviceLevels:\n  - { maxWait: 5min, target: 120% }\n`;
    expectLocated(issueFor(percent, "badFormat"), { path: ["serviceLevels", 0, "target"], text: percent, needle: "120%" });
  });

  it("warmup not shorter than horizon", () => {
    const text = vary("horizon: 8h,", "horizon: 8h, warmup: 480,");
    const issue = issueFor(text, "warmupTooLong");
    expectLocated(issue, { path: ["run", "warmup"], text, needle: "480" });
    expect(issue.message).toContain("warmup 8h is not shorter than horizon 8h");
  });

  it("a horizon that ends before the calendar first opens", () => {
    const text = vary("name: test\n", 'name: test\ncalendar: { open: "09:00", close: "17:00" }\n');
    const issue = issueFor(text, "closedUntilHorizon");
    expectLocated(issue, { severity: "warning", path: ["run", "horizon"], text, needle: "8h" });
    expect(issue.params).toMatchObject({ day: "mon", time: "09:00" });
  });

  it("a steady-state window of part weeks under a weekday calendar: its open share against the week's", () => {
    // 08:30–17:00 on weekdays: 42.5 h of 168 = 25.3%; 19 days from Monday hold 15 working days: 127.5 h of 456 = 28.0%, 1.105×.
    const weekly = (run: string) => vary("name: test\nrun: { horizon: 8h, replications: 2 }\n", `name: test\ncalendar: { open: "08:30", close: "17:00", days: weekdays }\nrun: ${run}\n`);
    const text = weekly("{ horizon: 33d, warmup: 14d, replications: 2, study: steadyState }");
    const issue = issueFor(text, "partialWeekWindow");
    expectLocated(issue, { severity: "warning", path: ["run", "horizon"], text, needle: "33d" });
    expect(issue.params).toMatchObject({ window: "19d", windowShare: "28%", weekShare: "25.3%", bias: "+10.5%", horizon: "35d" });
    const codes = (run: string) => issuesOf(loadModelText(weekly(run))).map((found) => found.code);
    expect(codes("{ horizon: 35d, warmup: 14d, replications: 2, study: steadyState }")).not.toContain("partialWeekWindow");
    expect(codes("{ horizon: 31d, warmup: 10d, replications: 2, study: steadyState }")).not.toContain("partialWeekWindow");
    expect(codes("{ horizon: 1d, replications: 2, study: terminating }")).not.toContain("partialWeekWindow");
  });

  it("neither horizon nor maxArrivals", () => {
    const text = vary("{ horizon: 8h, replications: 2 }", "{ replications: 2 }");
    expectLocated(issueFor(text, "noStopRule"), { path: ["run"], text, needle: "{ replications" });
  });

  it("a horizon beyond 100 years", () => {
    const text = vary("horizon: 8h", "horizon: 40000d");
    expectLocated(issueFor(text, "timeTooLong"), { path: ["run", "horizon"], text, needle: "40000d" });
  });
});

describe("structure checks", () => {
  it("resource and resources together", () => {
    const text = vary("    resource: clerks\n    duration: { tri", "    resource: clerks\n    resources: [ { resource: clerks } ]\n    duration: { tri");
    expectLocated(issueFor(text, "resourceConflict"), { path: ["steps", 1, "resources"], text, needle: "[ { resource" });
  });

  it("units without a resource", () => {
    const text = vary("    resource: clerks\n    duration: { tri", "    units: 2\n    duration: { tri");
    expectLocated(issueFor(text, "unitsWithoutResource"), { path: ["steps", 1, "units"], text, needle: "2\n    duration: { tri" });
  });

  it("a pool with neither capacity nor shifts", () => {
    const text = vary("{ capacity: 2, costPerHour: 30 }", "{ costPerHour: 30 }");
    expectLocated(issueFor(text, "capacityMissing"), { path: ["resources", "clerks"], text, needle: "{ costPerHour: 30 }" });
  });

  it("a calendar that closes before it opens", () => {
    const text = vary("name: test\n", 'name: test\ncalendar: { open: "17:00", close: "09:00" }\n');
    const issue = issueFor(text, "calendarOrder");
    expectLocated(issue, { path: ["calendar", "close"], text, needle: '"09:00"' });
    expect(issue.message).toContain('use "24:00" for midnight');
  });
});

