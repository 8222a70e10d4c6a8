/**
 * Cycles of moves without service: escalations (`escalate: { to }`) and overflows
 * (`whenFull: { to }`) that lead a waiting or blocked case back to a step it left unserved.
 *
 * "Front desk" escalating after 1 second to "back office", which escalates after 1 second back
 * to "front desk", passes a waiting customer to and fro every second while both are busy, and
 * all night while they are closed: nothing but service stops it, so it is an error at the
 * escalate key of each step. With `patience` at the back office that can run out before its
 * escalation, customers leave the cycle by giving up: a warning. Two full counters overflowing
 * to each other (`maxWaiting: 0`, `whenFull: { to: … }`), or escalations counted since arrival,
 * go round in one instant once every step is full: an error, whatever else is declared.
 */
import type { Model, Step } from "../compile/model.js";
import { sourcePatience } from "../compile/class-rules.js";
import { distSupport } from "../../random/dist-moments.js";
import { error, warning, type IssueDraft } from "../source/issues.js";
import { buildRouteGraph, EXIT } from "./route-graph.js";

/** A move without service from one step to another, by step index. */
interface Hop {
  readonly from: number;
  readonly to: number;
  readonly how: "escalate" | "overflow";
}

/** At most this many cycles are reported; a model with more has its first ones fixed first. */
const MAX_CYCLES = 20;
/** Search budget (path extensions) of the cycle enumeration, so a large model stays fast. */
const MAX_EXTENSIONS = 100_000;

/** Each step's moves without service, by step index (self-moves and unknown targets are reported elsewhere). */
function hopsByStep(model: Model, index: ReadonlyMap<string, number>): Hop[][] {
  return model.steps.map((step, from) => {
    const hops: Hop[] = [];
    const escalateTo = step.kind === "service" && step.escalate ? step.escalate.to : null;
    const overflowTo = step.admission?.overflowTo ?? null;
    for (const [name, how] of [[escalateTo, "escalate"], [overflowTo, "overflow"]] as const) {
      const to = name === null ? undefined : index.get(name);
      if (to !== undefined && to !== from) hops.push({ from, to, how });
    }
    return hops;
  });
}

/** The elementary cycles of `hops`, each starting at its smallest step index (at most MAX_CYCLES). */
function hopCycles(hops: readonly (readonly Hop[])[]): Hop[][] {
  const cycles: Hop[][] = [];
  let budget = MAX_EXTENSIONS;
  const path: Hop[] = [];
  const onPath = new Set<number>();
  const extend = (start: number, node: number): void => {
    for (const hop of hops[node]) {
      if (cycles.length >= MAX_CYCLES || --budget < 0) return;
      if (hop.to === start) cycles.push([...path, hop]);
      else if (hop.to > start && !onPath.has(hop.to)) {
        path.push(hop);
        onPath.add(hop.to);
        extend(start, hop.to);
        onPath.delete(hop.to);
        path.pop();
      }
    }
  };
  for (let start = 0; start < hops.length; start++) extend(start, start);
  return cycles;
}

/** Sources whose cases can reach each step by routes, escalations, overflows or messages, by step index. */
function sourcesReaching(model: Model, hops: readonly (readonly Hop[])[]): Set<number>[] {
  const graph = buildRouteGraph(model);
  const next = model.steps.map((step, i) => [
    ...graph.edges[i].map((edge) => edge.to).filter((to) => to !== EXIT),
    ...hops[i].map((hop) => hop.to),
    ...(step.admission?.message ? [graph.index.get(step.admission.message.to) ?? EXIT].filter((to) => to !== EXIT) : []),
  ]);
  const reaching = model.steps.map(() => new Set<number>());
  model.arrivals.forEach((source, src) => {
    const start = graph.index.get(source.firstStep);
    const stack = start === undefined ? [] : [start];
    while (stack.length > 0) {
      const s = stack.pop() as number;
      if (reaching[s].has(src)) continue;
      reaching[s].add(src);
      stack.push(...next[s]);
    }
  });
  return reaching;
}

/**
 * Whether the escalation of `step` always takes a waiting case of `source` out of the line before
 * its patience or a message offer could (a timer counted since arrival has run out by the second round).
 */
function escalationComesFirst(model: Model, step: Step, src: number, messageTargets: ReadonlySet<string>): boolean {
  const escalate = step.escalate;
  if (!escalate || escalate.since === "arrival") return true;
  const source = model.arrivals[src];
  const a = step.admission;
  const patience = a?.patienceByClass[source.class] ?? a?.patience ?? (messageTargets.has(step.name) ? null : sourcePatience(model, source));
  // At the same minute patience and a message offer come first (event-kinds.ts), hence <=.
  if (patience !== null && distSupport(patience)[0] <= escalate.after) return false;
  return !(a?.message && a.message.p > 0 && a.message.after <= escalate.after);
}

/** The issue of one cycle at each of its hops' keys: error when it can go on without end, else a warning. */
function cycleIssues(model: Model, cycle: readonly Hop[], reaching: readonly Set<number>[], messageTargets: ReadonlySet<string>): IssueDraft[] {
  const steps = cycle.map((hop) => model.steps[hop.from].name);
  const at = (hop: Hop): IssueDraft["path"] => [...model.steps[hop.from].path, hop.how === "escalate" ? "escalate" : "whenFull"];
  const escalations = cycle.filter((hop) => hop.how === "escalate");
  const each = (make: (hop: Hop) => IssueDraft): IssueDraft[] => cycle.map((hop) => ({ ...make(hop), atKey: true }));
  if (escalations.length === 0) return each((hop) => error("overflowCycle", at(hop), { steps }));
  const overflow = escalations.length < cycle.length;
  if (escalations.every((hop) => model.steps[hop.from].escalate?.since === "arrival")) {
    return each((hop) => error("escalationCycle", at(hop), { steps, instant: true, overflow, source: "" }));
  }
  const inCycle = new Set(cycle.flatMap((hop) => [...reaching[hop.from]]));
  const candidates = inCycle.size > 0 ? [...inCycle].sort((a, b) => a - b) : model.arrivals.map((_, src) => src);
  const endless = candidates.find((src) => escalations.every((hop) => escalationComesFirst(model, model.steps[hop.from], src, messageTargets)));
  if (endless !== undefined) {
    return each((hop) => error("escalationCycle", at(hop), { steps, instant: false, overflow, source: model.arrivals[endless].name }));
  }
  const exits = escalations.filter((hop) => candidates.some((src) => !escalationComesFirst(model, model.steps[hop.from], src, messageTargets)));
  return each((hop) => warning("escalationCycleRepeats", at(hop), { steps, exits: exits.map((e) => model.steps[e.from].name) }));
}

/** Every cycle of escalations and overflows, located at the escalate or whenFull key of each step in it. */
export function checkEscalationCycles(model: Model): IssueDraft[] {
  const index = buildRouteGraph(model).index;
  const hops = hopsByStep(model, index);
  const cycles = hopCycles(hops);
  if (cycles.length === 0) return [];
  const reaching = sourcesReaching(model, hops);
  const messageTargets = new Set(model.steps.flatMap((step) => (step.admission?.message ? [step.admission.message.to] : [])));
  const seen = new Set<string>();
  return cycles.flatMap((cycle) => cycleIssues(model, cycle, reaching, messageTargets)).filter((issue) => {
    const key = `${issue.code} ${issue.path.join("\u0000")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
