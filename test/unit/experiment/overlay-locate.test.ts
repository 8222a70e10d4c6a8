// Problems in a proposal are reported in the proposal file: a change naming nothing gets a
// did-you-mean at the change; a merged-model path traces back to the file and line it was
// written in, even after steps moved.
import { describe, expect, it } from "vitest";
import { parseOverlay } from "../../../src/model/overlays/parse.js";
import { applyProposalText, sourceOf } from "./overlay-helpers.js";

const BASE = `name: loans
run: { horizon: 8h }
arrivals:
  - name: applications
    ratePerHour: 10
resources:
  clerks: { capacity: 3 }
steps:
  - name: intake
    resource: clerks
    duration: 5min
  - name: approval
    resource: clerks
    duration: { exponential: { mean: 3.5 } }
`;

describe("overlay problems are located in the proposal", () => {
  it("a change that refers to nothing gets a did-you-mean at its parameter", () => {
    const { drafts } = applyProposalText(BASE, "extends: base.yaml\nname: p\nchanges:\n  - removeStep: aproval\n  - setCapacity: { resource: clerk, capacity: 2 }\n");
    expect(drafts).toEqual([
      expect.objectContaining({ code: "unknownStep", path: ["changes", 0, "removeStep", "step"], params: expect.objectContaining({ name: "aproval", suggestion: "approval" }) }),
      expect.objectContaining({ code: "unknownResource", path: ["changes", 1, "setCapacity", "resource"], params: expect.objectContaining({ suggestion: "clerks" }) }),
    ]);
  });

  it("an unknown change kind or parameter is reported with the allowed ones", () => {
    const raw = sourceOf("extends: base.yaml\nname: p\nchanges:\n  - removeSteps: { step: intake }\n  - setDuration: { step: intake, durration: 3min }\n", "p.yaml").raw;
    const parsed = parseOverlay(raw);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    // The misspelt "durration" is one problem: its "did you mean", with no "duration is missing" beside it.
    expect(parsed.drafts).toHaveLength(2);
    expect(parsed.drafts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "badEnum", path: ["changes", 0, "removeSteps"], params: expect.objectContaining({ suggestion: "removeStep" }) }),
        expect.objectContaining({ code: "unknownKey", path: ["changes", 1, "setDuration", "durration"], params: expect.objectContaining({ suggestion: "duration" }) }),
      ]),
    );
  });

  it("a merged-model path traces to the change that wrote it, in the proposal file", () => {
    const overlay = "extends: base.yaml\nname: p\nchanges:\n  - setRouting:\n      step: intake\n      next: aproval\n";
    const { model, provenance, drafts } = applyProposalText(BASE, overlay);
    expect(drafts).toEqual([]);
    expect(provenance.locate(model, ["steps", 0, "next"])).toEqual({
      file: "proposal.yaml",
      path: ["changes", 0, "setRouting", "next"],
      line: 6,
      column: 13,
    });
  });

  it("an untouched part traces to its original place in the base file after steps moved", () => {
    const overlay = "extends: base.yaml\nname: p\nchanges:\n  - removeStep: intake\n";
    const { model, provenance } = applyProposalText(BASE, overlay);
    expect(model.steps[0].name).toBe("approval");
    expect(provenance.locate(model, ["steps", 0, "duration", "exponential", "mean"])).toEqual({
      file: "base.yaml",
      path: ["steps", 1, "duration", "exponential", "mean"],
      line: 14,
      column: 38,
    });
    expect(provenance.locate(model, ["arrivals", 0, "start"])).toMatchObject({ file: "proposal.yaml", path: ["changes", 0, "removeStep", "step"] });
  });

  it("parameters of a new pool trace to the change's own keys", () => {
    const overlay = "extends: base.yaml\nname: p\nchanges:\n  - addResource:\n      name: bots\n      capacity: 2\n";
    const { model, provenance } = applyProposalText(BASE, overlay);
    expect(model.resources?.bots).toEqual({ capacity: 2 });
    expect(provenance.locate(model, ["resources", "bots", "capacity"])).toMatchObject({ file: "proposal.yaml", line: 6, column: 17 });
  });
});
