/**
 * The future-event list pops events in (time, kind, sequence) order, including after
 * arbitrary interleavings of schedule, pop and remove, checked against a sorted reference.
 */
import { describe, expect, it } from "vitest";
import { EventQueue } from "../../../src/engine/event-queue.js";

/** A fixed, reproducible integer sequence (Knuth multiplicative hash), not a random source. */
function fixedSequence(length: number, modulo: number): number[] {
  return Array.from({ length }, (_, i) => Number((BigInt(i + 1) * 2654435761n) % 4294967296n) % modulo);
}

interface Ref {
  time: number;
  kind: number;
  seq: number;
  target: number;
  id: number;
}

function compareRef(a: Ref, b: Ref): number {
  return a.time - b.time || a.kind - b.kind || a.seq - b.seq;
}

describe("EventQueue", () => {
  it("orders by time, then kind, then scheduling order", () => {
    const q = new EventQueue();
    q.schedule(5, 2, 1);
    q.schedule(5, 1, 2);
    q.schedule(3, 4, 3);
    q.schedule(5, 1, 4);
    q.schedule(5, 0, 5);
    const popped: number[] = [];
    while (q.pop()) popped.push(q.poppedTarget);
    expect(popped).toEqual([3, 5, 2, 4, 1]);
    expect(q.pop()).toBe(false);
    expect(q.peekTime()).toBe(Infinity);
  });

  it("matches a sorted reference under mixed schedule / pop / remove", () => {
    const q = new EventQueue();
    const ops = fixedSequence(20000, 1000);
    const reference: Ref[] = [];
    let seq = 0;
    let now = 0;
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i];
      if (op < 550) {
        const time = now + (op % 37);
        const kind = op % 5;
        const id = q.schedule(time, kind, i);
        reference.push({ time, kind, seq: seq++, target: i, id });
      } else if (op < 900) {
        let min = -1;
        for (let j = 0; j < reference.length; j++) if (min < 0 || compareRef(reference[j], reference[min]) < 0) min = j;
        const expected = min < 0 ? undefined : reference.splice(min, 1)[0];
        expect(q.pop()).toBe(expected !== undefined);
        if (expected) {
          expect([q.poppedTime, q.poppedTarget]).toEqual([expected.time, expected.target]);
          now = expected.time;
        }
      } else if (reference.length > 0) {
        const victim = reference.splice(op % reference.length, 1)[0];
        q.remove(victim.id);
      }
      expect(q.size).toBe(reference.length);
    }
    reference.sort(compareRef);
    const rest: number[] = [];
    while (q.pop()) rest.push(q.poppedTarget);
    expect(rest).toEqual(reference.map((r) => r.target));
  });

  it("refuses to remove an event that is not pending", () => {
    const q = new EventQueue();
    const id = q.schedule(1, 0, 0);
    q.pop();
    expect(() => q.remove(id)).toThrow(/not pending/);
  });
});
