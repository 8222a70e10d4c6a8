/**
 * Downtime that sends interrupted work elsewhere, in the model language: normalised and
 * compiled to the target step, the target counted as reachable, and the located problems
 * (send without sendTo, sendTo without send, an unknown or unsuitable target, a step of the
 * pool whose cases cannot leave mid-activity).
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { expectLocated, issueFor, issuesOf, vary } from "./helpers.js";

const SEND = `name: payments
run: { horizon: 8h, replications: 2 }
arrivals:
  - name: files
    ratePerHour: 6
resources:
  bots:
    capacity: 1
    downtime: { between: { exponential: { mean: 8h } }, repair: 20min, interrupted: send, sendTo: manual keying }
  clerks: { capacity: 2, costPerHour: 30 }
steps:
  - name: key in
    resource: bots
    duration: 4
    next: exit
  - name: manual keying
    resource: clerks
    duration: 9
`;

describe("downtime interrupted: send", () => {
  it("normalises with its target, compiles it to a step index, and the target is reachable", () => {
    const result = loadModelText(vary("sendTo: manual keying", "sendTo: manual keying, sendWaiting: true", SEND), "model.yaml");
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("; "));
    expect(result.warnings.map((w) => w.code)).not.toContain("unreachableStep");
    expect(result.model.resources[0].downtime).toMatchObject({ interrupted: "send", sendTo: "manual keying", sendWaiting: true });
    const downtime = compileModel(result.model).downtime;
    expect(downtime && [Array.from(downtime.sendTo), Array.from(downtime.sendWaiting)]).toEqual([[1, -1], [1, 0]]);
  });

  it("send without sendTo is an error at interrupted; sendTo or sendWaiting without send at the key", () => {
    let text = vary(", sendTo: manual keying", "", SEND);
    expectLocated(issueFor(text, "downtimeSendTo"), { path: ["resources", "bots", "downtime", "interrupted"], text, needle: "send }" });
    text = vary("interrupted: send, sendTo: manual keying", "sendTo: manual keying, sendWaiting: false", SEND);
    const paths = issuesOf(loadModelText(text, "model.yaml")).filter((i) => i.code === "downtimeSendUnused").map((i) => i.path.join("."));
    expect(paths).toEqual(["resources.bots.downtime.sendTo", "resources.bots.downtime.sendWaiting"]);
  });

  it("an unknown target gets a suggestion; a target that needs the failing pool is refused", () => {
    let text = vary("sendTo: manual keying", "sendTo: manual keyng", SEND);
    const unknown = issueFor(text, "unknownStep");
    expectLocated(unknown, { path: ["resources", "bots", "downtime", "sendTo"], text, needle: "manual keyng" });
    expect(unknown.message).toContain('did you mean "manual keying"');
    text = vary("sendTo: manual keying", "sendTo: key in", SEND);
    const refused = issueFor(text, "downtimeSendUnsupported");
    expectLocated(refused, { path: ["resources", "bots", "downtime", "sendTo"], text, needle: "key in }" });
    expect(refused.message).toContain("needs this pool itself");
  });

  it("a preemptive step of the pool is refused at interrupted, naming the step", () => {
    const text = vary("    duration: 4\n", "    duration: 4\n    preempt: true\n", SEND);
    const refused = issueFor(text, "downtimeSendUnsupported");
    expectLocated(refused, { path: ["resources", "bots", "downtime", "interrupted"], text, needle: "send," });
    expect(refused.message).toContain('step "key in" is preemptive');
  });
});
