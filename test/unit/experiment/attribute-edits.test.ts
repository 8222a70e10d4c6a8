/**
 * Typed edits on a step whose duration depends on a case attribute: a scale scales every
 * category's duration (nothing is silently left out); a new mean or distribution, which
 * would not say which category it is for, is refused.
 */
import { describe, expect, it } from "vitest";
import { applyEdit, ModelEditError } from "../../../src/model/overlays/edits.js";
import type { Model } from "../../../src/model/compile/model.js";
import { exit, fixed, model, source, step } from "../process/fixtures.js";

function bySegment(): Model {
  return model({
    arrivals: [source("loans", fixed(1), "entry", { attributes: { segment: { kind: "categorical", categories: ["retail", "sme"], shares: [0.5, 0.5] } } })],
    steps: [{ ...step("entry", [], fixed(2), exit), durationBy: { kind: "byCategory", attribute: "segment", values: { retail: fixed(2), sme: fixed(6) }, otherwise: fixed(4), path: [] } }],
    run: { maxArrivals: 10 },
  });
}

describe("edits of durations per category", () => {
  it("a scale applies to every category and to otherwise", () => {
    const edited = applyEdit(bySegment(), { kind: "durationScale", step: "entry", factor: 0.5 });
    expect(edited.steps[0].durationBy).toEqual({ kind: "byCategory", attribute: "segment", values: { retail: fixed(1), sme: fixed(3) }, otherwise: fixed(2), path: [] });
    expect(edited.steps[0].duration).toEqual(fixed(1));
  });

  it("a new mean or distribution is refused, naming the attribute", () => {
    expect(() => applyEdit(bySegment(), { kind: "durationMean", step: "entry", mean: 3 })).toThrow(ModelEditError);
    expect(() => applyEdit(bySegment(), { kind: "duration", step: "entry", duration: fixed(3) })).toThrow(/per category of "segment"/);
  });
});
