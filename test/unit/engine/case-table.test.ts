/**
 * The case table reuses freed slots, grows by doubling without losing data, and clears a
 * slot's visit counters when it is released.
 */
import { describe, expect, it } from "vitest";
import { CaseTable } from "../../../src/engine/case-table.js";

describe("CaseTable", () => {
  it("keeps data across growth and reuses released slots", () => {
    const table = new CaseTable(3);
    const slots: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const slot = table.allocate();
      table.arrival[slot] = i;
      table.visits[slot * 3 + 2] = i + 1;
      slots.push(slot);
    }
    expect(slots).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(table.inSystem).toBe(1000);
    expect(table.arrival[999]).toBe(999);
    expect(table.visits[7 * 3 + 2]).toBe(8);
    table.release(7);
    expect(table.inSystem).toBe(999);
    expect(table.visits[7 * 3 + 2]).toBe(0);
    expect(table.allocate()).toBe(7);
    expect(table.slotsUsed).toBe(1000);
  });
});
