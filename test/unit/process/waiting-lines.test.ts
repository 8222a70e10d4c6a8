/**
 * Waiting lines: larger priority first, joining order within a priority, removal from
 * anywhere (abandonment) keeps the order of the rest.
 */
import { describe, expect, it } from "vitest";
import { WaitingLines } from "../../../src/process/waiting-lines.js";

describe("WaitingLines", () => {
  it("orders by priority, then joining order, per step", () => {
    const lines = new WaitingLines(2);
    const priority = new Float64Array([0, 5, 0, 5, 1, 0]);
    for (const slot of [0, 1, 2, 3, 4]) lines.join(0, slot, priority);
    lines.join(1, 5, priority);
    expect(lines.members(0)).toEqual([1, 3, 4, 0, 2]);
    expect(lines.members(1)).toEqual([5]);
    expect(Array.from(lines.length)).toEqual([5, 1]);
  });

  it("removes from head, middle and tail", () => {
    const lines = new WaitingLines(1);
    const priority = new Float64Array(200);
    for (let slot = 0; slot < 200; slot++) lines.join(0, slot, priority);
    lines.leave(0, 0);
    lines.leave(0, 100);
    lines.leave(0, 199);
    const expected = Array.from({ length: 200 }, (_, i) => i).filter((i) => i !== 0 && i !== 100 && i !== 199);
    expect(lines.members(0)).toEqual(expected);
    expect(lines.head[0]).toBe(1);
    expect(lines.tail[0]).toBe(198);
    for (const slot of expected) lines.leave(0, slot);
    expect([lines.head[0], lines.tail[0], lines.length[0]]).toEqual([-1, -1, 0]);
  });
});
