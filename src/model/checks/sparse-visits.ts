/**
 * Expected visits per case for routings too large for dense Gaussian elimination: state
 * elimination on the sparse routing graph, cheapest step first.
 *
 * A 450-step process whose last step sends 99.9% of cases back to the first is a chain with
 * one back edge; eliminating the chain's steps one by one folds it into a single self-loop
 * (p = 0.999), and back-substitution gives each step its 1000 visits. Each elimination joins
 * a step's predecessors to its successors, so process graphs (chains, a few branches and
 * back edges) stay sparse; a budget on the joined edges bounds the work on dense ones.
 */

/** One routing edge: `to` is a step index, or -1 for exit. */
export interface Edge {
  readonly to: number;
  readonly p: number;
}

/** Joined edges after which the elimination gives up (the routing is too dense). */
export const MAX_FILL = 2_000_000;

/** How an eliminated step's visits are recovered: its self-loop, start share and predecessors then. */
interface Eliminated {
  readonly step: number;
  readonly selfLoop: number;
  readonly start: number;
  readonly preds: readonly [number, number][];
}

/** Mutable sparse graph over the reachable steps: successors and predecessors with weights. */
function buildGraph(edges: readonly (readonly Edge[])[], reach: readonly number[]) {
  const out = new Map<number, Map<number, number>>();
  const into = new Map<number, Map<number, number>>();
  for (const step of reach) {
    out.set(step, new Map());
    into.set(step, new Map());
  }
  for (const from of reach) {
    for (const { to, p } of edges[from]) {
      if (to < 0 || !out.has(to)) continue;
      out.get(from)?.set(to, (out.get(from)?.get(to) ?? 0) + p);
      into.get(to)?.set(from, (into.get(to)?.get(from) ?? 0) + p);
    }
  }
  return { out, into };
}

/** Removes `step`, joining each predecessor to each successor; false when the fill budget runs out. */
function eliminate(step: number, graph: ReturnType<typeof buildGraph>, start: Map<number, number>, order: Eliminated[], fill: { left: number }): boolean {
  const successors = graph.out.get(step) ?? new Map<number, number>();
  const predecessors = graph.into.get(step) ?? new Map<number, number>();
  const selfLoop = successors.get(step) ?? 0;
  const scale = 1 / (1 - selfLoop);
  const preds = [...predecessors].filter(([from]) => from !== step);
  const own = start.get(step) ?? 0;
  order.push({ step, selfLoop, start: own, preds });
  for (const [to, q] of successors) {
    if (to === step) continue;
    graph.into.get(to)?.delete(step);
    if (own !== 0) start.set(to, (start.get(to) ?? 0) + own * q * scale);
    for (const [from, w] of preds) {
      if ((fill.left -= 1) < 0) return false;
      const weight = w * q * scale;
      graph.out.get(from)?.set(to, (graph.out.get(from)?.get(to) ?? 0) + weight);
      graph.into.get(to)?.set(from, (graph.into.get(to)?.get(from) ?? 0) + weight);
    }
  }
  for (const [from] of preds) graph.out.get(from)?.delete(step);
  graph.out.delete(step);
  graph.into.delete(step);
  return true;
}

/** A binary min-heap of (key, step) pairs; stale entries are skipped by the caller. */
class MinQueue {
  private readonly keys: number[] = [];
  private readonly steps: number[] = [];

  push(key: number, step: number): void {
    let i = this.keys.length;
    this.keys.push(key);
    this.steps.push(step);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= this.keys[i]) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): [number, number] | null {
    if (this.keys.length === 0) return null;
    const top: [number, number] = [this.keys[0], this.steps[0]];
    const last = this.keys.length - 1;
    this.swap(0, last);
    this.keys.pop();
    this.steps.pop();
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.keys.length && this.keys[l] < this.keys[m]) m = l;
      if (r < this.keys.length && this.keys[r] < this.keys[m]) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
    return top;
  }

  private swap(a: number, b: number): void {
    [this.keys[a], this.keys[b]] = [this.keys[b], this.keys[a]];
    [this.steps[a], this.steps[b]] = [this.steps[b], this.steps[a]];
  }
}

/**
 * Expected visits to each reachable step per case starting at `first` (indices into the
 * result of length `count`), or null when the graph is too dense or a loop has no way out.
 */
export function sparseVisits(edges: readonly (readonly Edge[])[], reach: readonly number[], first: number, count: number): Float64Array | null {
  const graph = buildGraph(edges, reach);
  const start = new Map([[first, 1]]);
  const order: Eliminated[] = [];
  const fill = { left: MAX_FILL };
  const degree = (s: number) => (graph.out.get(s)?.size ?? 0) * (graph.into.get(s)?.size ?? 0);
  const queue = new MinQueue();
  for (const s of reach) queue.push(degree(s), s);
  for (let next = queue.pop(); next !== null; next = queue.pop()) {
    const [key, s] = next;
    if (!graph.out.has(s)) continue;
    if (key !== degree(s)) {
      queue.push(degree(s), s);
      continue;
    }
    const neighbours = [...(graph.out.get(s)?.keys() ?? []), ...(graph.into.get(s)?.keys() ?? [])];
    if (!eliminate(s, graph, start, order, fill)) return null;
    for (const n of neighbours) if (graph.out.has(n)) queue.push(degree(n), n);
  }
  const visits = new Float64Array(count);
  for (let i = order.length - 1; i >= 0; i--) {
    const { step, selfLoop, start: own, preds } = order[i];
    if (!(selfLoop < 1)) return null;
    visits[step] = (own + preds.reduce((sum, [from, w]) => sum + w * visits[from], 0)) / (1 - selfLoop);
  }
  return visits;
}
