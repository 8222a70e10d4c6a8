/**
 * The routing of a model as a graph of step indices, and the expected visits per case.
 *
 * In account opening, compliance review sends 15% of cases back to data entry, so a case
 * visits data entry 1/0.85 ≈ 1.18 times on average. Visits solve v = e + Pᵀv, where P holds
 * the routing probabilities and e marks the start step: the traffic equations of a Jackson
 * network. An unresolved name counts as exit here (the reference check reports it), so one
 * typo does not also raise a "no way out" error.
 */
import type { Model, Step } from "../compile/model.js";
import { conditionShares } from "./condition-shares.js";
import { solveLinearSystem } from "./linear-solve.js";
import { sparseVisits } from "./sparse-visits.js";
import { addReworkEdges } from "./rework-routes.js";

/** Exit, as a target index. */
export const EXIT = -1;

/** Steps by index with their weighted successors. */
export interface RouteGraph {
  readonly index: ReadonlyMap<string, number>;
  /** `edges[i]`: where step i sends cases, with probabilities (p > 0 only). */
  readonly edges: readonly { readonly to: number; readonly p: number }[][];
}

/** Largest number of steps solved by dense Gaussian elimination (O(n³)); larger routings use sparse-visits.ts. */
export const MAX_SOLVED_STEPS = 400;

// NOTE: several checks need the same graph and visit ratios; both are cached per model object.
const graphs = new WeakMap<Model, RouteGraph>();
const visitCache = new WeakMap<RouteGraph, Map<number, Float64Array | null>>();

/** The routing graph of a model (cached per model object); the first step of duplicated names wins. */
export function buildRouteGraph(model: Model): RouteGraph {
  const cached = graphs.get(model);
  if (cached) return cached;
  const graph = computeRouteGraph(model);
  graphs.set(model, graph);
  return graph;
}

function computeRouteGraph(model: Model): RouteGraph {
  const index = new Map<string, number>();
  model.steps.forEach((step, i) => {
    if (!index.has(step.name)) index.set(step.name, i);
  });
  const target = (name: string): number | undefined => (name === "exit" ? EXIT : index.get(name));
  // A part that reaches its join ends there: for the flow its move into the join is an exit.
  const joins = new Set(model.steps.flatMap((step) => (step.kind === "join" ? [step.name] : [])));
  const flowTarget = (name: string): number | undefined => (joins.has(name) ? EXIT : target(name));
  const edges = model.steps.map((step) => {
    if (step.fork !== undefined) return forkEdges(step.fork, target, flowTarget);
    const route = step.next;
    if (route.kind === "exit") return [{ to: EXIT, p: 1 }];
    const options = route.kind === "goto" ? [{ to: route.to, p: 1 }] : route.kind === "branch" ? route.options : conditionShares(model, route.options);
    return options.flatMap((option) => {
      const to = flowTarget(option.to) ?? EXIT;
      return option.p > 0 ? [{ to, p: option.p }] : [];
    });
  });
  addReworkEdges(model, index, edges);
  return { index, edges };
}

/**
 * A fork sends the case to its join and one part to each branch (each with the case's whole
 * rate); a branch that starts at the join is a part back at once (an exit for the flow).
 */
function forkEdges(fork: NonNullable<Step["fork"]>, target: (name: string) => number | undefined, flowTarget: (name: string) => number | undefined): { to: number; p: number }[] {
  return [{ to: target(fork.join) ?? EXIT, p: 1 }, ...fork.branches.map((name) => ({ to: flowTarget(name) ?? EXIT, p: 1 }))];
}

/** Steps reachable from the given start steps. */
export function reachableFrom(graph: RouteGraph, starts: readonly number[]): Set<number> {
  const seen = new Set<number>(starts);
  const stack = [...starts];
  while (stack.length > 0) {
    const node = stack.pop() as number;
    for (const edge of graph.edges[node]) {
      if (edge.to !== EXIT && !seen.has(edge.to)) {
        seen.add(edge.to);
        stack.push(edge.to);
      }
    }
  }
  return seen;
}

/** Steps from which exit can be reached. */
export function stepsThatCanExit(graph: RouteGraph): Set<number> {
  const predecessors = graph.edges.map(() => [] as number[]);
  const canExit = new Set<number>();
  graph.edges.forEach((edges, from) => {
    for (const edge of edges) {
      if (edge.to === EXIT) canExit.add(from);
      else predecessors[edge.to].push(from);
    }
  });
  const stack = [...canExit];
  while (stack.length > 0) {
    const node = stack.pop() as number;
    for (const from of predecessors[node]) {
      if (!canExit.has(from)) {
        canExit.add(from);
        stack.push(from);
      }
    }
  }
  return canExit;
}

/**
 * Expected visits to each step per case that starts at `start` (0 for steps it never
 * reaches). Null when the system is singular or too large to solve (a loop with no way out
 * makes it singular; that is reported separately).
 */
export function expectedVisits(graph: RouteGraph, start: number): Float64Array | null {
  const cache = visitCache.get(graph) ?? new Map<number, Float64Array | null>();
  visitCache.set(graph, cache);
  if (!cache.has(start)) cache.set(start, solveVisits(graph, start));
  return cache.get(start) ?? null;
}

/**
 * I − Pᵀ over the steps `reach` (rows and columns in its order), the matrix of the traffic
 * equations x = b + Pᵀx; `local` maps a step index to its position in `reach`.
 */
export function flowMatrix(graph: RouteGraph, reach: readonly number[]): { matrix: Float64Array[]; local: Map<number, number> } {
  const local = new Map(reach.map((step, i) => [step, i]));
  const n = reach.length;
  const matrix = Array.from({ length: n }, (_, i) => {
    const row = new Float64Array(n);
    row[i] = 1;
    return row;
  });
  reach.forEach((from, i) => {
    for (const edge of graph.edges[from]) {
      if (edge.to !== EXIT) matrix[local.get(edge.to) as number][i] -= edge.p;
    }
  });
  return { matrix, local };
}

function solveVisits(graph: RouteGraph, start: number): Float64Array | null {
  const reach = [...reachableFrom(graph, [start])].sort((a, b) => a - b);
  if (reach.length > MAX_SOLVED_STEPS) return sparseVisits(graph.edges, reach, start, graph.edges.length);
  const { matrix, local } = flowMatrix(graph, reach);
  const n = reach.length;
  // (I − Pᵀ) v = e over the reachable steps.
  const rhs = new Float64Array(n);
  rhs[local.get(start) as number] = 1;
  const solution = solveLinearSystem(matrix, rhs);
  if (solution === null) return null;
  const visits = new Float64Array(graph.edges.length);
  reach.forEach((step, i) => {
    visits[step] = solution[i];
  });
  return visits;
}
