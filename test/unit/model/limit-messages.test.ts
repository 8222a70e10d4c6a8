// A value over a limit and the limit itself never read alike in the message, however many
// digits they share: the seed 2^32 against its limit 2^32 − 1, a rate half a unit too high.
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";

const model = (seed: string, rate: string) => `name: x
timeUnit: min
run: { horizon: 1d, seed: ${seed} }
arrivals:
  - { name: a, ratePerHour: ${rate}, start: s }
resources:
  p: { capacity: 1 }
steps:
  - { name: s, resource: p, duration: 1 }
`;

describe("limit messages", () => {
  it("show the value found and the limit as written, apart", () => {
    const loaded = loadModelText(model("4294967296", "1000000.5"));
    expect(loaded.ok).toBe(false);
    const messages = loaded.ok ? [] : loaded.issues.map((i) => i.message);
    expect(messages).toContain("found 4294967296; must be at most 4294967295");
    expect(messages).toContain("found 1000000.5; must be at most 1000000");
  });
});
