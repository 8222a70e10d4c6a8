// A proposal's changes that the step, pool and assumption sentences do not word are still
// listed, from the settings of its steps, sources and pools (api/model-settings.ts).
import { describe, expect, it } from "vitest";
import { changesBetween } from "../../../src/report/model-changes.js";
import { settingChanges } from "../../../src/report/setting-changes.js";
import { settingsOf } from "../../../src/api/model-settings.js";
import { modelFactsOf } from "../../../src/api/model-facts.js";
import { loadModels } from "../../../src/api/simulate.js";
import { inLanguage } from "../../../src/report/i18n/language.js";
import type { ModelFacts } from "../../../src/report/model-facts.js";

function bundledPair(current: string, proposal: string): [ModelFacts, ModelFacts] {
  const loaded = loadModels([`scenarios/${current}.yaml`, `scenarios/${proposal}.yaml`]);
  if (!loaded.ok) throw new Error("the bundled scenarios must load");
  const [a, b] = loaded.value.map(modelFactsOf);
  return [a, b];
}

describe("settings of a model element", () => {
  it("flattens nested settings, leaves out what is worded elsewhere, unset values and the source path", () => {
    const step = { name: "agent", duration: { kind: "exponential", mean: 4 }, admission: { message: { after: 1, p: 0.5, priority: -1 }, balk: null }, days: [true, false], path: ["steps", 0] };
    expect(settingsOf(step, new Set(["name", "duration"]))).toEqual({
      "admission.message.after": "1",
      "admission.message.p": "0.5",
      "admission.message.priority": "−1",
      days: "[true, false]",
    });
  });
});

describe("setting changes of a proposal", () => {
  it("words the bundled live-first proposal's lower message priority, which no other sentence says", () => {
    const [current, proposal] = bundledPair("call-centre", "call-centre-live-first-proposed");
    expect(changesBetween(current, proposal)).toEqual(["Messages left at agent: served after live callers (priority −1, was the caller's own)."]);
    expect(inLanguage("zh", () => changesBetween(current, proposal))).toEqual(["环节 agent 的留言：在实时来电之后处理（优先级 −1，原为来电者自身优先级）。"]);
  });

  it("adds nothing for a model against itself or for changes the other sentences word", () => {
    const [current, proposal] = bundledPair("account-opening", "account-opening-rpa-proposed");
    expect(settingChanges(current, current)).toEqual([]);
    expect(settingChanges(current, proposal)).toEqual([]);
  });

  it("says a changed, an added and a removed setting of a source and a pool", () => {
    const [facts] = bundledPair("call-centre", "call-centre-live-first-proposed");
    const withSettings = (source: Record<string, string>, pool: Record<string, string>): ModelFacts => ({
      ...facts,
      steps: [],
      arrivals: [{ name: "walk-in", meanRatePerHour: 40, profile: [], patience: true, settings: source }],
      pools: [{ name: "tellers", capacity: 5, shifts: [], costPerHour: 30, always: false, settings: pool }],
    });
    const current = withSettings({ "patience.mean": "6", class: "walk-in" }, { "downtime.mtbf": "480" });
    const proposal = withSettings({ "patience.mean": "3", class: "walk-in", priority: "2" }, {});
    expect(settingChanges(current, proposal)).toEqual([
      "arrivals walk-in: patience mean: 6 → 3",
      "arrivals walk-in: priority: not set → 2",
      "pool tellers: downtime mtbf: 480 → not set",
    ]);
  });

  it("words every message setting of a step without its YAML path, and names other settings by their words", () => {
    const [facts] = bundledPair("call-centre", "call-centre-live-first-proposed");
    const step = (settings: Record<string, string>): ModelFacts => ({ ...facts, arrivals: [], pools: [], steps: [{ name: "agent", resources: [], meanMinutes: 4, next: [{ to: "exit", p: 1 }], settings }] });
    const current = step({ "admission.message.after": "1", "admission.message.p": "0.5", "admission.message.to": "callbacks", "admission.message.priority": "2", "options.0.takes": "ownFirst" });
    const proposal = step({ "admission.message.after": "0.5", "admission.message.p": "0.25", "admission.message.to": "returns", "admission.message.priority": "3", "options.0.takes": "longestWaiting" });
    const both = (lang: "en" | "zh") => inLanguage(lang, () => [...settingChanges(current, proposal), ...settingChanges(proposal, step({}))]);
    expect(both("en")).toEqual([
      "Messages at agent: offered after 30 s in line (was 1 min)",
      "Messages at agent: accepted by 25% of callers offered (was 50%)",
      "Messages at agent: called back at returns (was callbacks)",
      "Messages left at agent: served before live callers (priority 3, was 2)",
      "step agent: options item 1 takes: ownFirst → longestWaiting",
      "Messages at agent: offered after not set in line (was 30 s)",
      "Messages at agent: accepted by not set of callers offered (was 25%)",
      "Messages at agent: called back at not set (was returns)",
      "Messages left at agent: the caller's own priority (was 3)",
      "step agent: options item 1 takes: longestWaiting → not set",
    ]);
    for (const line of both("zh")) expect(line).not.toMatch(/›|admission/);
  });
});
