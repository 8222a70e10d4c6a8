// Proposal changes to admission: setLines (the model's or a source's trunk lines) and
// setAdmission (a step's rules, key by key), and their located problems.
import { describe, expect, it } from "vitest";
import { applyProposalText } from "./overlay-helpers.js";

const BASE = `
name: calls
lines: 16
run: { horizon: 8h, replications: 5 }
arrivals:
  - name: calls
    ratePerHour: 100
resources:
  agents: { capacity: 8 }
steps:
  - name: agent
    resource: agents
    duration: 4min
    maxWaiting: 10
  - name: callbacks
    resource: agents
    duration: 5min
`;

function proposal(changes: string) {
  return applyProposalText(BASE, `extends: base.yaml\nname: proposal\nchanges:\n${changes}`);
}

describe("admission changes", () => {
  it("setLines changes the shared lines, or gives a source its own", () => {
    let result = proposal("  - setLines: { lines: 24 }");
    expect(result.drafts).toEqual([]);
    expect(result.model.lines).toBe(24);
    result = proposal("  - setLines: { lines: 4, source: calls }");
    expect(result.drafts).toEqual([]);
    expect(result.model.lines).toBe(16);
    expect(result.model.arrivals[0].lines).toBe(4);
  });

  it("setAdmission sets the keys it gives and keeps the others", () => {
    const result = proposal("  - setAdmission: { step: agent, balk: { above: 5 }, message: { after: 2min, p: 60%, to: callbacks } }");
    expect(result.drafts).toEqual([]);
    expect(result.model.steps[0]).toMatchObject({ maxWaiting: 10, balk: { above: 5 }, message: { after: "2min", p: "60%", to: "callbacks" } });
  });

  it("an unknown step or source is reported", () => {
    expect(proposal("  - setAdmission: { step: agnet, maxWaiting: 3 }").drafts.map((d) => d.code)).toEqual(["unknownStep"]);
    expect(proposal("  - setLines: { lines: 3, source: cals }").drafts.map((d) => d.code)).toEqual(["invalidValue"]);
  });
});
