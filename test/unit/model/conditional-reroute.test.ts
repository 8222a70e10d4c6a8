/**
 * Route surgery on conditional branches: renaming keeps the condition, a fallback's
 * probability multiplies through the removed step's branches.
 */
import { describe, expect, it } from "vitest";
import { rerouted } from "../../../src/model/overlays/routes.js";

const large = { attribute: "amount", above: 100000 };

describe("rerouting conditional branches", () => {
  it("a step merged away is replaced by its successor in conditions and fallbacks", () => {
    const next = [{ to: "committee", if: large }, { to: "fee", p: 0.9 }, { to: "exit", p: 0.1 }];
    expect(rerouted(next, "fee", "fee and contract")).toEqual([{ to: "committee", if: large }, { to: "fee and contract", p: 0.9 }, { to: "exit", p: 0.1 }]);
    expect(rerouted(next, "committee", "board")).toEqual([{ to: "board", if: large }, { to: "fee", p: 0.9 }, { to: "exit", p: 0.1 }]);
  });

  it("a sole fallback takes the removed step's branches with their probabilities", () => {
    const next = [{ to: "committee", if: large }, { to: "check" }];
    expect(rerouted(next, "check", [{ to: "fee", p: 0.8 }, { to: "exit", p: 0.2 }])).toEqual([{ to: "committee", if: large }, { to: "fee", p: 0.8 }, { to: "exit", p: 0.2 }]);
  });
});
