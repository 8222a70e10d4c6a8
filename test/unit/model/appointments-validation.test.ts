/**
 * Located problems of an appointments block: slots outside the opening hours, a slot time
 * given twice (overlapping ranges), an empty range, a bad step, a probability outside [0, 1],
 * a negative sd, a rate given as well — each at its YAML position, all at once.
 */
import { describe, expect, it } from "vitest";
import { loadModelText } from "../../../src/model/source/load.js";

const model = (block: string, extra = "") => `name: advice
calendar: { open: "09:00", close: "17:00" }
run: { horizon: 5d }
arrivals:
  - name: wealth
${extra}    appointments:
${block}resources: { advisers: { capacity: 1 } }
steps: [{ name: advice, resource: advisers, duration: 25min }]
`;

function problems(text: string): string[] {
  const loaded = loadModelText(text, "advice.yaml");
  return loaded.ok ? [] : loaded.issues.map((i) => `${i.line}:${i.column} ${i.path.join(".")} ${i.code}`);
}

describe("appointments validation", () => {
  it("accepts ranges, single slots, a fill rate, no-shows and each punctuality form", () => {
    const slots = '      slots: [{ from: "09:30", to: "16:00", every: 30min }, { at: "16:30", booked: 2 }]\n';
    expect(problems(model(`${slots}      fill: 0.9\n      noShow: "8%"\n      punctuality: { mean: -3min, sd: 5min }\n`))).toEqual([]);
    expect(problems(model(`${slots}      punctuality: "-2min"\n`))).toEqual([]);
    expect(problems(model(`${slots}      punctuality: { shift: -10min, plus: { gamma: { mean: 8min, cv: 0.5 } } }\n`))).toEqual([]);
  });

  it("locates slots outside the hours, overlaps, an empty range and a bad step, all at once", () => {
    const block = `      slots:
        - "08:30"
        - { from: "09:00", to: "12:00", every: 30min }
        - "10:00"
        - { from: "13:00", to: "12:00", every: 30min }
        - { from: "14:00", to: "15:00", every: 0 }
        - "17:00"
      punctuality: { mean: -3min, sd: -1 }
`;
    expect(problems(model(block))).toEqual([
      "8:11 arrivals.0.appointments.slots.0 slotOutsideHours",
      "10:11 arrivals.0.appointments.slots.2 slotDuplicate",
      "11:32 arrivals.0.appointments.slots.3.to slotRangeEmpty",
      "12:48 arrivals.0.appointments.slots.4.every slotEvery",
      "13:11 arrivals.0.appointments.slots.5 slotOutsideHours",
      "14:39 arrivals.0.appointments.punctuality.sd punctualitySd",
    ]);
  });

  it("refuses probabilities outside [0, 1], each where it is written", () => {
    const block = '      slots: ["10:00"]\n      noShow: 1.5\n      fill: "120%"\n';
    expect(problems(model(block))).toEqual([
      "8:15 arrivals.0.appointments.noShow tooBig",
      "9:13 arrivals.0.appointments.fill badFormat",
    ]);
  });

  it("refuses a rate, a rate factor or a day factor next to appointments", () => {
    const block = '      slots: ["10:00"]\n';
    expect(problems(model(block, "    ratePerHour: 3\n    rateFactor: 0.5\n    dayFactor: { gamma: { mean: 1, cv: 0.2 } }\n"))).toEqual([
      "6:18 arrivals.0.ratePerHour appointmentsConflict",
      "7:17 arrivals.0.rateFactor appointmentsConflict",
      "8:16 arrivals.0.dayFactor appointmentsConflict",
    ]);
  });

  it("words a slot outside the hours as what was found and what would be valid", () => {
    const loaded = loadModelText(model('      slots: ["08:30"]\n'), "advice.yaml");
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.issues[0].message).toMatch(/slot "08:30" is outside the opening hours 09:00–17:00/);
  });

  it("locates a per-category no-show rule on a missing, numeric or unknown category, or without otherwise", () => {
    const segment = "    attributes: { segment: { categories: { private: 30%, mass: 70% } } }\n";
    const rule = (noShow: string, attributes = segment) => problems(model(`      slots: ["10:00"]\n      noShow: ${noShow}\n`, attributes));
    expect(rule("{ by: segment, values: { private: 5%, mass: 20% } }")).toEqual([]);
    expect(rule("{ by: segment, values: { privat: 5% }, otherwise: 10% }")).toEqual(["9:40 arrivals.0.appointments.noShow.values.privat unknownCategory"]);
    expect(rule("{ by: segment, values: { private: 5% } }")).toEqual(["9:15 arrivals.0.appointments.noShow noShowOtherwiseMissing"]);
    expect(rule("{ by: amount, values: { x: 5% } }", "    attributes: { amount: { lognormal: { mean: 1, sd: 1 } } }\n")).toEqual(["9:21 arrivals.0.appointments.noShow.by noShowByNumber", "6:5 arrivals.0.attributes attributesIgnored"]);
    expect(rule("{ by: channel, values: { x: 5% } }")).toEqual(["9:21 arrivals.0.appointments.noShow.by noShowAttributeMissing"]);
  });

  it("words a no-show rule on an attribute the source does not draw as the no-show rule's need", () => {
    const loaded = loadModelText(model('      slots: ["10:00"]\n      noShow: { by: channel, values: { x: 5% } }\n'), "advice.yaml");
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.issues.map((issue) => issue.message)).toEqual([
        'noShow.by reads attribute "channel", which source "wealth" does not draw; declare it under the source\'s attributes as a categorical attribute ({ categories: { … } }) or give noShow one share such as "10%"',
      ]);
    }
  });
});
