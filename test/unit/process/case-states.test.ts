/**
 * The states a case can be in (process/case-states.ts), checked on the engine: at every
 * observer call the case is in the state that call implies, and every move the engine makes
 * between states is one of the documented CASE_MOVES — on models that exercise every move
 * (queueing, zero-time decisions, rework, abandonment, multi-pool seizes, customers sent
 * away at closing who come back at the next opening).
 */
import { describe, expect, it } from "vitest";
import type { CaseTable } from "../../../src/engine/case-table.js";
import type { CapacityTimeline } from "../../../src/process/capacity.js";
import type { SimObserver } from "../../../src/stats/observer.js";
import type { Model } from "../../../src/model/compile/model.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { STEP_BATCH } from "../../../src/model/compile/compiled.js";
import { CaseDraws } from "../../../src/process/draws.js";
import { ArrivalClock } from "../../../src/process/arrivals.js";
import { ConstantCapacity } from "../../../src/process/capacity.js";
import { DEFAULT_LIMITS } from "../../../src/process/guards.js";
import { Simulation } from "../../../src/process/simulation.js";
import {
  CASE_ARRIVING, CASE_AT_JOIN, CASE_AWAY, CASE_BATCHED, CASE_FREE, CASE_RETRYING, CASE_IN_ACTIVITY, CASE_MOVES, CASE_PREEMPTED,
  CASE_ROUTING, CASE_STATE_NAMES, CASE_WAITING,
} from "../../../src/process/case-states.js";
import { admission, branch, exit, expo, fixed, goto, model, pool, retry, source, step, StepTimeline } from "./fixtures.js";
import { forkStep, joinStep } from "./fork-join-fixtures.js";

/** Records each case's moves as "from→to" and every call whose state is not the one it implies. */
class StateObserver implements SimObserver {
  table: CaseTable | null = null;
  /** True when the engine reports onLost (models with admission rules): abandoning is then not leaving. */
  lostReported = false;
  readonly moves = new Set<string>();
  readonly wrong: string[] = [];
  private readonly last: number[] = [];

  private at(call: string, slot: number, expected: number, leaves = false, to = CASE_FREE): void {
    const state = (this.table as CaseTable).state[slot];
    if (state !== expected) this.wrong.push(`${call}: case in ${CASE_STATE_NAMES[state]}, expected ${CASE_STATE_NAMES[expected]}`);
    const from = this.last[slot] ?? CASE_FREE;
    if (from !== state) this.moves.add(`${CASE_STATE_NAMES[from]}→${CASE_STATE_NAMES[state]}`);
    this.last[slot] = state;
    if (!leaves) return;
    this.moves.add(`${CASE_STATE_NAMES[state]}→${CASE_STATE_NAMES[to]}`);
    this.last[slot] = to;
  }

  onArrival(_t: number, slot: number): void { this.at("arrival", slot, CASE_ARRIVING); }
  onCategory(_t: number, slot: number): void { this.at("category", slot, CASE_ARRIVING); }
  /** Batch steps of the model being run: cases joining them are batched, not waiting. */
  batchSteps = new Set<number>();
  onEnqueue(_t: number, slot: number, _cls: number, step: number): void { this.at("enqueue", slot, this.batchSteps.has(step) ? CASE_BATCHED : CASE_WAITING); }
  onStart(_t: number, slot: number): void { this.at("start", slot, CASE_IN_ACTIVITY); }
  onFinish(_t: number, slot: number): void { this.at("finish", slot, CASE_ROUTING); }
  onComplete(_t: number, slot: number): void { this.at("complete", slot, CASE_ROUTING, true); }
  onAbandon(_t: number, slot: number): void { this.at("abandon", slot, CASE_WAITING, !this.lostReported); }
  onSendAway(_t: number, slot: number, _cls: number, _step: number, _waited: number, returns: boolean): void {
    const interrupted = (this.table as CaseTable).state[slot] === CASE_PREEMPTED;
    this.at("send away", slot, interrupted ? CASE_PREEMPTED : CASE_WAITING, true, returns ? CASE_AWAY : CASE_FREE);
  }
  onPartLate(_t: number, slot: number): void { this.at("part late", slot, CASE_IN_ACTIVITY); }
  onComeBack(_t: number, slot: number): void { this.at("come back", slot, CASE_AWAY); }
  onCarryOver(_t: number, slot: number): void { this.at("carry over", slot, CASE_WAITING); }
  onFork(_t: number, slot: number): void { this.at("fork", slot, CASE_AT_JOIN); }
  onPartStart(_t: number, slot: number): void { this.at("part start", slot, CASE_ROUTING); }
  onPartJoin(_t: number, slot: number): void { this.at("part joins", slot, CASE_ROUTING, true); }
  onPartWithdrawn(_t: number, slot: number): void {
    const state = (this.table as CaseTable).state[slot];
    this.at("part withdrawn", slot, state === CASE_AT_JOIN || state === CASE_WAITING ? state : CASE_ROUTING, true);
  }
  onJoin(_t: number, slot: number): void { this.at("join", slot, CASE_ROUTING); }
  onPreempt(_t: number, slot: number): void { this.at("preempt", slot, CASE_PREEMPTED); }
  onResume(_t: number, slot: number): void { this.at("resume", slot, CASE_IN_ACTIVITY); }
  onPreemptSent(_t: number, slot: number): void { this.at("preempt sent", slot, CASE_ROUTING); }
  onEscalate(_t: number, slot: number): void {
    const moved = (this.table as CaseTable).state[slot] === CASE_ROUTING;
    this.at("escalate", slot, moved ? CASE_ROUTING : CASE_WAITING);
  }
  onSkillStart(): void {}
  onStepClosed(): void {}
  onBlocked(_t: number, slot: number): void { this.seen(slot); }
  onBalk(_t: number, slot: number): void { this.seen(slot); }
  onMessage(_t: number, slot: number): void { this.at("message", slot, CASE_WAITING, true, CASE_ROUTING); }
  onRetrial(_t: number, slot: number): void {
    const from = this.last[slot] ?? CASE_FREE;
    this.moves.add(`${CASE_STATE_NAMES[from]}→${CASE_STATE_NAMES[CASE_RETRYING]}`);
    this.last[slot] = CASE_RETRYING;
    this.at("retrial", slot, CASE_ARRIVING);
  }
  onLost(_t: number, slot: number): void {
    this.seen(slot);
    this.moves.add(`${CASE_STATE_NAMES[this.last[slot]]}→${CASE_STATE_NAMES[CASE_FREE]}`);
    this.last[slot] = CASE_FREE;
  }

  /** Records the move to the case's current state without expecting one. */
  private seen(slot: number): void {
    const state = (this.table as CaseTable).state[slot];
    const from = this.last[slot] ?? CASE_FREE;
    if (from !== state) this.moves.add(`${CASE_STATE_NAMES[from]}→${CASE_STATE_NAMES[state]}`);
    this.last[slot] = state;
  }
  onBatch(): void {}
  onAppointment(): void {}
  onNoShow(): void {}
  onPoolLevel(): void {}
  onQueueLength(): void {}
  onEnd(): void {}
  onStepError(): void {}
  onErrorFound(): void {}
  onErrorEscaped(): void {}
  onCaseRework(): void {}
  onPoolDown(): void {}
  onPoolUp(): void {}
  onSentElsewhere(): void {}
}

function run(m: Model, capacity: readonly CapacityTimeline[] = m.resources.map((p) => new ConstantCapacity(p.capacity))): StateObserver {
  const compiled = compileModel(m);
  const observer = new StateObserver();
  const draws = new CaseDraws(compiled, 0);
  const simulation = new Simulation({
    compiled, replication: 0, observer, draws,
    arrivals: new ArrivalClock(compiled, draws, null, compiled.sources.map(() => null)),
    capacity,
    limits: DEFAULT_LIMITS,
  });
  observer.table = simulation.cases;
  observer.lostReported = simulation.admission !== null;
  compiled.steps.kind.forEach((kind, s) => {
    if (kind === STEP_BATCH) observer.batchSteps.add(s);
  });
  simulation.run();
  return observer;
}

const documented = new Set(CASE_MOVES.map(([from, to]) => `${CASE_STATE_NAMES[from]}→${CASE_STATE_NAMES[to]}`));

describe("case states", () => {
  const busyDay = model({
    arrivals: [
      source("walk-in", expo(1), "triage", { patience: expo(3) }),
      source("vip", expo(4), "counter", { priority: 1 }),
    ],
    resources: [pool("tellers", 2), pool("managers", 1)],
    steps: [
      step("triage", [], fixed(0), goto("counter")),
      step("counter", [["tellers", 1]], expo(1.8), branch(["sign", 0.2], ["fill form", 0.3], ["exit", 0.5])),
      step("fill form", [], expo(2), goto("counter")),
      step("sign", [["tellers", 1], ["managers", 1]], expo(2)),
    ],
    run: { maxArrivals: 3000 },
  });

  // Open 60 min, closed 60 min, 20 times; overloaded while open, so lines form at each closing.
  const hours = new StepTimeline(Array.from({ length: 40 }, (_, i) => [60 * i, i % 2 === 0 ? 2 : 0] as [number, number]));
  const comeBackDay = model({
    arrivals: [source("walk-in", expo(1), "desk", { patience: expo(30) })],
    resources: [{ ...pool("tellers", 2), endOfDay: { rule: "sendAway", comeBack: true, path: [] } }],
    steps: [step("desk", [["tellers", 1]], expo(3))],
    run: { maxArrivals: 600 },
  });

  // Nested forks and a 2-of-3 join: parts queue, late parts are withdrawn from lines, after
  // their activity, and while waiting at their own join.
  const parallelChecks = model({
    arrivals: [source("loan", expo(1), "checks", { patience: expo(30) })],
    resources: [pool("analysts", 1), pool("valuers", 1), pool("clerks", 1)],
    steps: [
      forkStep("checks", ["credit", "valuation", "docs"], "done"),
      step("credit", [["analysts", 1]], expo(0.9), goto("done")),
      forkStep("valuation", ["site visit", "desk review"], "valued"),
      step("site visit", [["valuers", 1]], expo(0.9), goto("valued")),
      step("desk review", [], expo(1), goto("valued")),
      joinStep("valued", goto("done")),
      step("docs", [["clerks", 1]], expo(0.9), goto("done")),
      joinStep("done", exit, 2),
    ],
    run: { maxArrivals: 2000 },
  });

  // Trunk lines, a limited and balking agent line with messages, a check that blocks, retrials.
  const frontOffice = model({
    arrivals: [source("calls", expo(0.4), "agent", { patience: expo(2), lines: 6, retry: retry(0.6, expo(5), 2) })],
    resources: [pool("agents", 2), pool("callbacks", 1), pool("checkers", 1)],
    steps: [
      { ...step("agent", [["agents", 1]], expo(1.5), goto("check")),
        admission: admission({ maxWaiting: 3, balk: { above: null, p: [0, 0.2, 0.5], path: [] }, message: { after: 1, p: 0.5, to: "callback", path: [] } }) },
      step("callback", [["callbacks", 1]], expo(1)),
      { ...step("check", [["checkers", 1]], expo(0.8)), admission: admission({ maxWaiting: 0 }) },
    ],
    run: { maxArrivals: 2000 },
  });

  // Vouchers checked then filed in batches by a clerk, some straight into filing.
  const filingDay = model({
    arrivals: [source("mail", expo(1), "check"), source("courier", expo(5), "file")],
    resources: [pool("clerk", 1)],
    steps: [
      step("check", [], expo(1), goto("file")),
      { ...step("file", [["clerk", 1]], expo(4)), kind: "batch", batch: { size: 5, at: [], maxWait: 6, durationPer: "batch", path: [] } },
    ],
    run: { maxArrivals: 2000 },
  });

  // Preemption and escalation: VIPs interrupt standard cases at a counter that closes hourly.
  const vipDay = (comeBack: boolean) => model({
    arrivals: [source("walk-in", expo(1), "desk"), source("vip", expo(2), "desk", { priority: 2 })],
    resources: [{ ...pool("tellers", 2), preempt: true, endOfDay: { rule: "sendAway", comeBack, path: [] } }],
    steps: [step("desk", [["tellers", 1]], expo(1.5))],
    run: { maxArrivals: 600 },
  });
  const vipSendDay = model({
    arrivals: [source("walk-in", expo(1), "desk"), source("vip", expo(2), "desk", { priority: 2 })],
    resources: [{ ...pool("tellers", 2), preempt: true, preempted: { interrupted: "send", sendTo: "callbacks", path: [] } }, pool("clerk", 1)],
    steps: [step("desk", [["tellers", 1]], expo(1.5)), step("callbacks", [["clerk", 1]], expo(0.5))],
    run: { maxArrivals: 600 },
  });
  const escalationDay = model({
    arrivals: [source("file", expo(1), "review")],
    resources: [pool("clerks", 1), pool("leads", 2)],
    steps: [
      { ...step("review", [["clerks", 1]], expo(1.2)), escalate: { after: 3, clock: "elapsed", since: "joining", to: "lead", priority: null, path: [] } },
      step("lead", [["leads", 1]], expo(1)),
    ],
    run: { maxArrivals: 600 },
  });
  const runAll = () => [
    run(busyDay), run(comeBackDay, [hours]), run(parallelChecks), run(frontOffice),
    run(vipDay(true), [hours]), run(vipDay(false), [hours]), run(vipSendDay), run(escalationDay), run(filingDay),
  ];

  it("every observer call finds the case in the state it implies", () => {
    for (const observer of runAll()) expect(observer.wrong).toEqual([]);
  });

  it("the engine makes exactly the documented moves, and all of them", () => {
    const moves = new Set(runAll().flatMap((observer) => [...observer.moves]));
    expect([...moves].sort()).toEqual([...documented].sort());
  });

  it("a slot is free again once its case (or batch) has left", () => {
    for (const observer of [run(busyDay), run(parallelChecks), run(filingDay)]) {
      const table = observer.table as CaseTable;
      expect(Array.from(table.state.subarray(0, table.slotsUsed)).every((s) => s === CASE_FREE)).toBe(true);
      expect(Array.from(table.visitOffset.subarray(0, table.slotsUsed)).every((v) => v === 0)).toBe(true);
    }
  });
});
