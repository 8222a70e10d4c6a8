/**
 * Case families: the links between a case that passed a fork and its parts, in typed
 * arrays indexed by case slot (grown with the case table, only when a fork runs).
 *
 * Loan file #812 (slot 5) forks into a credit check (part 1, slot 9) and a valuation (part 2,
 * slot 12): parent[9] = parent[12] = 5, the live parts of 5 are the list 9 → 12, and slot 5
 * counts the parts back at its join and the sum of their arrival times (for the time they
 * waited there). A part keeps its parent's source and ordinal; its part number sits in the
 * case table's `visitOffset` (part × 2^20), so its draws are its own and the same in every
 * model that forks this way (docs/architecture.md).
 */
import { growFloat64, growInt32 } from "../engine/typed-arrays.js";
import type { CaseTable } from "../engine/case-table.js";

/** One part number in the visit word of a draw: visits stay below 2^20. */
export const PART_UNIT = 1_048_576;

/** Parent/part links and join counters, by case slot. */
export class CaseFamilies {
  /** A part's parent slot (-1 for a case). */
  parent = new Int32Array(0);
  /** A part's fork step. */
  forkOf = new Int32Array(0);
  /** A part's branch (0-based position in its fork's branches). */
  branch = new Int32Array(0);
  /** When the part was created, minutes. */
  forkedAt = new Float64Array(0);
  /** 1 once a late part is withdrawn; it is discarded when its activity ends. */
  withdrawn = new Uint8Array(0);
  /** A waiting parent's live parts: first part slot, then nextPart of each (-1 ends). */
  firstPart = new Int32Array(0);
  nextPart = new Int32Array(0);
  /** A waiting parent's parts back at the join so far, and the sum of their arrival times. */
  arrived = new Int32Array(0);
  arrivalSum = new Float64Array(0);
  /** When the parent passed its fork, minutes. */
  joinSince = new Float64Array(0);
  /** Forks the slot's case has passed (a stale spawn loop stops when this changes). */
  serial = new Float64Array(0);

  /** Makes every array cover the case table's slots (allocates only when the table grew). */
  fit(cases: CaseTable): void {
    const size = cases.source.length;
    if (this.parent.length >= size) return;
    const from = this.parent.length;
    this.parent = growInt32(this.parent, size).fill(-1, from);
    this.forkOf = growInt32(this.forkOf, size);
    this.branch = growInt32(this.branch, size);
    this.forkedAt = growFloat64(this.forkedAt, size);
    const withdrawn = new Uint8Array(size);
    withdrawn.set(this.withdrawn);
    this.withdrawn = withdrawn;
    this.firstPart = growInt32(this.firstPart, size).fill(-1, from);
    this.nextPart = growInt32(this.nextPart, size).fill(-1, from);
    this.arrived = growInt32(this.arrived, size);
    this.arrivalSum = growFloat64(this.arrivalSum, size);
    this.joinSince = growFloat64(this.joinSince, size);
    this.serial = growFloat64(this.serial, size);
  }

  /** Adds part `p` to the live parts of `c`. */
  link(c: number, p: number): void {
    this.parent[p] = c;
    this.nextPart[p] = this.firstPart[c];
    this.firstPart[c] = p;
  }

  /** Removes part `p` from the live parts of its parent. */
  unlink(p: number): void {
    const c = this.parent[p];
    if (this.firstPart[c] === p) {
      this.firstPart[c] = this.nextPart[p];
    } else {
      let q = this.firstPart[c];
      while (this.nextPart[q] !== p) q = this.nextPart[q];
      this.nextPart[q] = this.nextPart[p];
    }
    this.nextPart[p] = -1;
  }
}

/** Raises each visit count of slot `into` to at least that of slot `from` (a part's visits count for later rounds). */
export function mergeVisits(cases: CaseTable, stepCount: number, from: number, into: number): void {
  const visits = cases.visits;
  for (let s = 0, a = from * stepCount, b = into * stepCount; s < stepCount; s++, a++, b++) {
    if (visits[a] > visits[b]) visits[b] = visits[a];
  }
}

/** Copies the visit counts of slot `from` to slot `into` (a new part starts where its parent is). */
export function copyVisits(cases: CaseTable, stepCount: number, from: number, into: number): void {
  const visits = cases.visits;
  for (let s = 0, a = from * stepCount, b = into * stepCount; s < stepCount; s++, a++, b++) visits[b] = visits[a];
}
