/**
 * Rules written on a delay step are refused at their own keys with the delay step's reason:
 * a "post office" delay of one day with `patienceByClass` and `preempt: true` gets one issue
 * at `patienceByClass` (a delay never waits) and one at `preempt` (it holds no staff).
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";

const model = (extra: string) => `name: delay rules
calendar: { open: "09:00", close: "17:00", days: weekdays }
run: { horizon: 2d, replications: 1, seed: 3 }
arrivals:
  - { name: calls, ratePerHour: 10 }
steps:
  - name: s3
    duration: 1
${extra}`;

function problems(text: string): string[] {
  const loaded = loadModelText(text, "delay.yaml");
  return loaded.ok ? [] : loaded.issues.map((i) => `${i.line}:${i.column} ${i.path.join(".")} ${i.message}`);
}

describe("rules on a delay step", () => {
  it("names patienceByClass and preempt at their own lines, each with the delay step's reason", () => {
    expect(problems(model("    patienceByClass: { calls: 5min }\n    preempt: true\n"))).toEqual([
      '9:22 steps.0.patienceByClass "patienceByClass" acts on a waiting line, and a delay step never waits; move it to a service step (one with a resource)',
      "10:14 steps.0.preempt preemption is not supported here: a delay step holds no staff, so there is nothing to preempt; remove preempt or give the step one pool with units: 1 and no servedBy",
    ]);
  });

  it("lists every waiting-line rule written, not only the first", () => {
    expect(problems(model("    maxWaiting: 3\n    patience: 5min\n    retry: { p: 50%, after: 5min }\n")).map((p) => p.split(" ").slice(0, 2).join(" "))).toEqual([
      "9:17 steps.0.maxWaiting",
      "10:15 steps.0.patience",
      "11:12 steps.0.retry",
    ]);
  });
});
