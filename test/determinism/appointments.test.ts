// The appointment example (examples/wealth-advice-appointments.yaml) and its 25-minute-slot
// proposal load without issues, give byte-identical JSON on a repeated run and for 1 and 2
// workers, and the proposal books 16 slots a day where the example books 14.
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/experiment/simulate.js";
import { loadAnyModelFile } from "../../src/model/overlays/load.js";

const EXAMPLE = new URL("../../examples/wealth-advice-appointments.yaml", import.meta.url).pathname;
const PROPOSAL = new URL("../../examples/wealth-advice-25-minute-slots.yaml", import.meta.url).pathname;
const OPTIONS = { replications: 3, horizon: 5 * 1440 };
const BOOKED = "class/wealth clients/appointments.booked";

describe("appointment example", () => {
  const example = loadAnyModelFile(EXAMPLE);
  const proposal = loadAnyModelFile(PROPOSAL);

  it("the example and its proposal load without errors or warnings", () => {
    expect(example.ok ? example.warnings : example.issues).toEqual([]);
    expect(proposal.ok ? proposal.warnings : proposal.issues).toEqual([]);
  });

  it("a repeated run and 1 or 2 workers give byte-identical JSON", async () => {
    if (!example.ok) throw new Error("example does not load");
    const one = JSON.stringify(await simulate(example.model, { ...OPTIONS, workers: 1 }));
    const again = JSON.stringify(await simulate(example.model, { ...OPTIONS, workers: 1 }));
    const two = JSON.stringify(await simulate(example.model, { ...OPTIONS, workers: 2 }));
    expect(again).toBe(one);
    expect(two).toBe(one);
    expect(one).toContain(BOOKED);
  });

  it("the proposal's diary has 16 slots a day of 2 places where the example's has 14", () => {
    if (!example.ok || !proposal.ok) throw new Error("example does not load");
    const slots = (m: typeof example.model) => m.arrivals[0].appointments?.slots.map((s) => s.at);
    expect(slots(example.model)).toHaveLength(14);
    expect(slots(proposal.model)).toHaveLength(16);
    expect(slots(proposal.model)?.filter((at) => slots(example.model)?.includes(at))).toEqual([570, 720, 870]);
  });
});
