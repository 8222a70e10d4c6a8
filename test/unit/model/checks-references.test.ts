/**
 * Cross-checks on names and references: unknown pools, steps and classes (with suggestions),
 * duplicate names, reserved and prototype-reaching names.
 */
import { describe, expect, it } from "vitest";
import { BASE, expectLocated, issueFor, vary } from "./helpers.js";

describe("reference checks", () => {
  it("unknown resource, with did-you-mean", () => {
    const text = vary("    resource: clerks\n    duration: { tri", "    resource: clerk\n    duration: { tri");
    const issue = issueFor(text, "unknownResource");
    expectLocated(issue, { path: ["steps", 1, "resource"], text, needle: "clerk\n" });
    expect(issue.message).toBe('resource "clerk" is not defined; did you mean "clerks"? defined: clerks');
  });

  it("unknown resource inside a resources list", () => {
    const text = vary("    resource: clerks\n    duration: { tri", "    resources: [ { resource: clerks }, { resource: managrs } ]\n    duration: { tri");
    expectLocated(issueFor(text, "unknownResource"), { path: ["steps", 1, "resources", 1, "resource"], text, needle: "managrs" });
  });

  it("unknown next step, with exit as a suggestion", () => {
    const text = `${BASE}    next: exti\n`;
    const issue = issueFor(text, "unknownStep");
    expectLocated(issue, { path: ["steps", 1, "next"], text, needle: "exti" });
    expect(issue.params.suggestion).toBe("exit");
  });

  it("unknown branch target", () => {
    const text = vary("    duration: { exponential: { mean: 5 } }\n", "    duration: { exponential: { mean: 5 } }\n    next: [ { to: reveiw, p: 0.5 }, { to: exit, p: 0.5 } ]\n");
    const issue = issueFor(text, "unknownStep");
    expectLocated(issue, { path: ["steps", 0, "next", 0, "to"], text, needle: "reveiw" });
    expect(issue.params.suggestion).toBe("review");
  });

  it("unknown start step of an arrival source", () => {
    const text = vary("ratePerHour: 6\n", "ratePerHour: 6\n    start: intkae\n");
    expectLocated(issueFor(text, "unknownStep"), { path: ["arrivals", 0, "start"], text, needle: "intkae" });
  });

  it("unknown class and step of a service level", () => {
    const text = `${BASE}serviceLevels:\n  - { maxWait: 5min, target: 80%, class: customer, step: intak }\n`;
    expectLocated(issueFor(text, "unknownClass"), { path: ["serviceLevels", 0, "class"], text, needle: "customer," });
    expectLocated(issueFor(text, "unknownStep"), { path: ["serviceLevels", 0, "step"], text, needle: "intak }" });
  });

  it("duplicate step names", () => {
    const text = vary("  - name: review", "  - name: intake");
    const issue = issueFor(text, "duplicateName");
    expectLocated(issue, { path: ["steps", 1, "name"], text, needle: "intake\n    resource: clerks\n    duration: { tri" });
    expect(issue.message).toContain("first at steps[0]");
  });

  it("duplicate arrival source names", () => {
    const text = vary("    ratePerHour: 6\n", "    ratePerHour: 6\n  - name: customers\n    ratePerHour: 2\n");
    expectLocated(issueFor(text, "duplicateName"), { path: ["arrivals", 1, "name"], text, needle: "customers\n    ratePerHour: 2" });
  });

  it("a step called exit is refused", () => {
    const text = vary("  - name: review", "  - name: exit");
    expectLocated(issueFor(text, "reservedName"), { path: ["steps", 1, "name"], text, needle: "exit\n" });
  });

  it("prototype-reaching names are refused as names", () => {
    const text = vary("  - name: review", "  - name: constructor");
    expectLocated(issueFor(text, "forbiddenName"), { path: ["steps", 1, "name"], text, needle: "constructor" });
  });

  it("a pool listed twice in one step", () => {
    const text = vary("    resource: clerks\n    duration: { tri", "    resources: [ { resource: clerks }, { resource: clerks } ]\n    duration: { tri");
    expectLocated(issueFor(text, "duplicateResourceInStep"), { path: ["steps", 1, "resources", 1, "resource"], text, needle: "clerks } ]" });
  });
});
