/**
 * The exact expected visits of a model with errors and detection, from a Markov chain whose
 * states are (step, pending errors, sent back yet), solved with the project's linear solver.
 *
 * Entry errs 30% and redoes itself; check 1 finds its errors with p = 0.5, check 2 with 0.8:
 * whether a case goes back depends on the errors it carries, so the routing is not a plain
 * Jackson matrix over steps. Over states it is: v = e + Pᵀv, and from v follow the visits per
 * step, the rework loops per case, the first-pass yield and the share leaving with an error.
 * The transitions follow docs/model-language.md (Errors and rework) independently of the engine.
 */
import type { Model } from "../../../src/model/compile/model.js";
import { solveLinearSystem } from "../../../src/model/checks/linear-solve.js";

/** Expectations per case entering the model's first step. */
export interface ReworkChainResult {
  /** Expected visits per step name. */
  readonly visits: ReadonlyMap<string, number>;
  readonly reworksPerCase: number;
  readonly firstPassYield: number;
  readonly escapedShare: number;
}

interface State { readonly step: number; readonly mask: number; readonly reworked: 0 | 1 }
interface Outcome { readonly p: number; readonly to: number; readonly mask: number; readonly found: boolean }

/** Where a visit to `step` carrying `mask` leads, with probabilities (to −1 = exit). */
function outcomes(model: Model, index: Map<string, number>, step: number, mask: number): Outcome[] {
  const s = model.steps[step];
  const made = s.errors ? [{ p: 1 - s.errors.rate, mask }, { p: s.errors.rate, mask: mask | (1 << step) }] : [{ p: 1, mask }];
  const out: Outcome[] = [];
  for (const m of made) {
    // Enumerate the found subsets over the pending origins, in `from` order.
    let partial = [{ p: m.p, mask: m.mask, first: -1 }];
    for (const name of s.detects?.from ?? []) {
      const origin = index.get(name) as number;
      const p = s.detects?.p ?? 0;
      partial = partial.flatMap((x) => ((x.mask >> origin) & 1) === 0 ? [x] : [
        { p: x.p * (1 - p), mask: x.mask, first: x.first },
        { p: x.p * p, mask: x.mask & ~(1 << origin), first: x.first < 0 ? origin : x.first },
      ]);
    }
    for (const x of partial) {
      if (x.first >= 0) out.push({ p: x.p, to: index.get(model.steps[x.first].errors?.to as string) as number, mask: x.mask, found: true });
      else for (const r of routes(s.next, index)) out.push({ p: x.p * r.p, to: r.to, mask: x.mask, found: false });
    }
  }
  return out;
}

function routes(route: Model["steps"][number]["next"], index: Map<string, number>): { p: number; to: number }[] {
  const id = (to: string): number => (to === "exit" ? -1 : (index.get(to) as number));
  if (route.kind === "exit") return [{ p: 1, to: -1 }];
  if (route.kind === "goto") return [{ p: 1, to: id(route.to) }];
  return route.options.map((o) => ({ p: o.p ?? 0, to: id(o.to) }));
}

/** Solves the chain of `model` for cases starting at its first arrival's step. */
export function reworkChain(model: Model): ReworkChainResult {
  const index = new Map(model.steps.map((s, i) => [s.name, i]));
  const start: State = { step: index.get(model.arrivals[0].firstStep) as number, mask: 0, reworked: 0 };
  const key = (x: State): string => `${x.step}/${x.mask}/${x.reworked}`;
  const states = new Map<string, State>([[key(start), start]]);
  const edges = new Map<string, { to: State | null; p: number; found: boolean; mask: number }[]>();
  for (const state of states.values()) {
    const list = outcomes(model, index, state.step, state.mask).map((o) => {
      const to: State | null = o.to < 0 ? null : { step: o.to, mask: o.mask, reworked: o.found || state.reworked === 1 ? 1 : 0 };
      if (to !== null && !states.has(key(to))) states.set(key(to), to);
      return { to, p: o.p, found: o.found, mask: o.mask };
    });
    edges.set(key(state), list);
  }
  const ids = [...states.keys()];
  const n = ids.length;
  const matrix = ids.map((_, i) => Float64Array.from({ length: n }, (__, j) => (i === j ? 1 : 0)));
  ids.forEach((from, i) => {
    for (const edge of edges.get(from) ?? []) if (edge.to !== null) matrix[ids.indexOf(key(edge.to))][i] -= edge.p;
  });
  const rhs = new Float64Array(n);
  rhs[0] = 1;
  const v = solveLinearSystem(matrix, rhs);
  if (v === null) throw new Error("reworkChain: singular system");
  const visits = new Map(model.steps.map((s) => [s.name, 0]));
  let reworks = 0;
  let firstPass = 0;
  let escaped = 0;
  ids.forEach((id, i) => {
    const state = states.get(id) as State;
    visits.set(model.steps[state.step].name, (visits.get(model.steps[state.step].name) ?? 0) + v[i]);
    for (const edge of edges.get(id) ?? []) {
      if (edge.found) reworks += v[i] * edge.p;
      if (edge.to !== null) continue;
      if (state.reworked === 0) firstPass += v[i] * edge.p;
      if (edge.mask !== 0) escaped += v[i] * edge.p;
    }
  });
  return { visits, reworksPerCase: reworks, firstPassYield: firstPass, escapedShare: escaped };
}
