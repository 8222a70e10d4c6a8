/**
 * Shape problems found by the schema, reported in the model's terms at the right place:
 * misspelt keys and values with did-you-mean, wrong types, out-of-range numbers, bad
 * duration and time formats, unknown distributions and missing keys.
 */
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../src/model/source/issues.js";
import { loadModelText } from "../../../src/model/source/load.js";
import { BASE, expectLocated, issueFor, vary } from "./helpers.js";

describe("schema issues", () => {
  it("accepts the base model", () => {
    const result = loadModelText(BASE, "model.yaml");
    expect(result.ok).toBe(true);
  });

  it("a misspelt key is located at the key with a suggestion", () => {
    const text = vary("{ capacity: 2,", "{ capcity: 2,");
    const issue = issueFor(text, "unknownKey");
    expectLocated(issue, { path: ["resources", "clerks", "capcity"], text, needle: "capcity" });
    expect(issue.params.suggestion).toBe("capacity");
    expect(issue.message).toContain('did you mean "capacity"?');
  });

  it("an unknown top-level key lists the allowed keys", () => {
    const text = `${BASE}servicelevels: []\n`;
    const issue = issueFor(text, "unknownKey");
    expectLocated(issue, { path: ["servicelevels"], text, needle: "servicelevels" });
    expect(issue.params.suggestion).toBe("serviceLevels");
  });

  it("a misspelt enum value gets a suggestion", () => {
    const text = vary("name: test\n", "name: test\ntimeUnit: minute\n");
    const issue = issueFor(text, "badEnum");
    expectLocated(issue, { path: ["timeUnit"], text, needle: "minute" });
    expect(issue.params.suggestion).toBe("min");
  });

  it("a wrong type says what was found and what is expected", () => {
    const text = vary("ratePerHour: 6", "ratePerHour: six");
    const issue = issueFor(text, "wrongType");
    expectLocated(issue, { path: ["arrivals", 0, "ratePerHour"], text, needle: "six" });
    expect(issue.message).toBe('found "six"; expected a number');
  });

  it("a number above its sane maximum is refused", () => {
    const text = vary("capacity: 2,", "capacity: 1000000,");
    const issue = issueFor(text, "tooBig");
    expectLocated(issue, { path: ["resources", "clerks", "capacity"], text, needle: "1000000" });
  });

  it("a fractional capacity is not a whole number", () => {
    const text = vary("capacity: 2,", "capacity: 2.5,");
    expectLocated(issueFor(text, "notInteger"), { path: ["resources", "clerks", "capacity"], text, needle: "2.5" });
  });

  it("a malformed duration names the valid forms", () => {
    const text = vary("horizon: 8h", 'horizon: "8 hours"');
    const issue = issueFor(text, "badFormat");
    expectLocated(issue, { path: ["run", "horizon"], text, needle: '"8 hours"' });
    expect(issue.message).toContain('"5min"');
  });

  it("an unknown distribution is located at its key with a suggestion", () => {
    const text = vary("{ triangular: {", "{ triangle: {");
    const issue = issueFor(text, "unknownDistribution");
    expectLocated(issue, { path: ["steps", 1, "duration", "triangle"], text, needle: "triangle" });
    expect(issue.params.suggestion).toBe("triangular");
  });

  it("a missing distribution parameter is located at the family", () => {
    const text = vary("{ min: 2, mode: 4, max: 8 }", "{ min: 2, mode: 4 }");
    const issue = issueFor(text, "missingKey");
    expectLocated(issue, { path: ["steps", 1, "duration", "triangular", "max"], text, needle: "{ min: 2, mode: 4 }" });
  });

  it("a missing required key points at the enclosing mapping", () => {
    const text = vary("    resource: clerks\n    duration: { exponential: { mean: 5 } }\n", "    resource: clerks\n");
    const issue = issueFor(text, "missingKey");
    expectLocated(issue, { path: ["steps", 0, "duration"], text, needle: "name: intake" });
  });

  it("a bad time of day in a profile points at the key", () => {
    const text = vary("ratePerHour: 6", 'profile: { "09:00": 4, "9:75": 3 }');
    const issue = issueFor(text, "badFormat");
    expectLocated(issue, { path: ["arrivals", 0, "profile", "9:75"], text, needle: '"9:75"' });
  });

  it("a distribution written as a list explains the valid forms", () => {
    const text = vary("{ exponential: { mean: 5 } }", "[5, 6]");
    const issue = issueFor(text, "distributionShape");
    expectLocated(issue, { path: ["steps", 0, "duration"], text, needle: "[5, 6]" });
  });

  it("a non-finite number inside a mapping alternative is said at that number", () => {
    // punctuality is a time, { mean, sd } or { shift, plus }: the mapping is right, its mean is not.
    const text = `name: t
run: { horizon: 2d, replications: 2, seed: 1 }
calendar: { open: "09:00", close: "17:00", days: weekdays }
arrivals:
  - name: a
    appointments: { slots: ["10:00"], punctuality: { mean: .nan, sd: 5min } }
resources: { advisers: { capacity: 1 } }
steps:
  - { name: advice, resource: advisers, duration: 20min }
`;
    const issue = issueFor(text, "wrongType");
    expectLocated(issue, { path: ["arrivals", 0, "appointments", "punctuality", "mean"], text, needle: ".nan" });
  });

  it("prints as file:line:col  path  message", () => {
    const text = vary("ratePerHour: 6", "ratePerHour: six");
    expect(formatIssue(issueFor(text, "wrongType"))).toBe('model.yaml:5:18  arrivals[0].ratePerHour  found "six"; expected a number');
  });

  it("collects every problem before returning", () => {
    const text = vary("capacity: 2,", "capacity: -1,", vary("ratePerHour: 6", "ratePerHour: six"));
    const result = loadModelText(text, "model.yaml");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.code).sort()).toEqual(["tooSmall", "wrongType"]);
  });
});
