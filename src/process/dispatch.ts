/**
 * Which waiting case a freed pool serves next.
 *
 * When an analyst finishes, the analysts' pool looks at the head of every line that needs
 * analysts ("review", "second review", "sign-off") and serves the best of them by
 * (priority, joining order) whose needs can all be met now. A head that also needs a
 * manager who is busy does not block the others: no analyst stays idle while someone else
 * could be served; the blocked case keeps its place in its own line.
 */
import type { CaseTable } from "../engine/case-table.js";
import type { PoolLevels } from "./resources.js";
import type { WaitingLines } from "./waiting-lines.js";

/**
 * Returns the step whose line head should start next among `steps` (the steps using a
 * pool), or -1 when no head can start now. Allocation-free.
 */
export function nextStepToServe(steps: Int32Array, lines: WaitingLines, cases: CaseTable, pools: PoolLevels): number {
  const head = lines.head;
  const priority = cases.priority;
  const order = cases.enqueueOrder;
  let best = -1;
  let bestStep = -1;
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    const h = head[s];
    if (h < 0) continue;
    if (best >= 0 && !(priority[h] > priority[best] || (priority[h] === priority[best] && order[h] < order[best]))) continue;
    if (!pools.canSeize(s)) continue;
    best = h;
    bestStep = s;
  }
  return bestStep;
}
