/** SimulationError messages carry replication, time, case and YAML path. */
import { describe, expect, it } from "vitest";
import { SimulationError } from "../../../src/engine/errors.js";

describe("SimulationError", () => {
  it("prefixes the problem with its context", () => {
    const error = new SimulationError("boom", { replication: 2, time: 1440.5, caseLabel: "#3 (walk-in)", where: 'steps[1] "review"' });
    expect(error.message).toBe('replication 2, t = 1440.5 min, case #3 (walk-in), at steps[1] "review": boom');
    expect(error.problem).toBe("boom");
    expect(error.name).toBe("SimulationError");
  });

});
