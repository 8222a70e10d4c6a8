/**
 * Located problems of a random day factor: negative values, a zero mean, a duration where
 * a plain multiplier belongs — all reported at once, at the factor's YAML position.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";

const model = (top: string, own: string) => `name: centre
${top}run: { horizon: 1d }
arrivals:
  - name: phone
    ratePerHour: 30
${own}steps: [{ name: talk, duration: 5min }]
`;

function problems(text: string): string[] {
  const loaded = loadModelText(text, "centre.yaml");
  return loaded.ok ? [] : loaded.issues.map((i) => `${i.line}:${i.column} ${i.path.join(".")} ${i.code}`);
}

describe("dayFactor validation", () => {
  it("accepts the model's factor and a source's own", () => {
    expect(problems(model("dayFactor: { gamma: { mean: 1, cv: 0.2 } }\n", "    dayFactor: { lognormal: { mean: 1, sd: 0.1 } }\n"))).toEqual([]);
  });

  it("locates a factor that can be negative, a zero mean and a duration, all at once", () => {
    expect(problems(model("dayFactor: { uniform: { min: -0.5, max: 2 } }\n", "    dayFactor: { uniform: { min: \"1min\", max: 2 } }\n"))).toEqual([
      "2:12 dayFactor dayFactorRange",
      "7:34 arrivals.0.dayFactor.uniform.min dayFactorTime",
    ]);
    expect(problems(model("dayFactor: 0\n", ""))).toEqual(["2:12 dayFactor dayFactorRange"]);
  });

  it("words the problem as what was found and what would be valid", () => {
    const loaded = loadModelText(model("dayFactor: { uniform: { min: -0.5, max: 2 } }\n", ""), "centre.yaml");
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.issues[0].message).toMatch(/must be ≥ 0 with a mean above 0/);
  });
});

describe("dayFactor in the load checks", () => {
  const desk = (factor: string) => `name: desk
${factor}run: { horizon: 1d }
arrivals: [{ name: customers, ratePerHour: 40 }]
resources: { tellers: { capacity: 1 } }
steps: [{ name: counter, resource: tellers, duration: 1min }]
`;
  const codes = (text: string) => {
    const loaded = loadModelText(text, "desk.yaml");
    return loaded.ok ? loaded.warnings.map((w) => w.code) : loaded.issues.map((i) => i.code);
  };

  it("counts the factor's mean in the offered load: mean 2 doubles 40/h to more than one teller does", () => {
    expect(codes(desk(""))).not.toContain("overloaded");
    expect(codes(desk("dayFactor: { gamma: { mean: 2, cv: 0.1 } }\n"))).toContain("overloaded");
  });
});
