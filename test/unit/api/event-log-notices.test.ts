/**
 * Notices in the event log, on tiny deterministic models: a customer sent home at closing who
 * comes back at the next opening, and the late part of a first-of join (its case left; it is
 * withdrawn). Each is a row of the CSV and an event of the XES trace, with the activity
 * "<step>: <notice>", the case's id and the instant, in time order with the visits.
 */
import { describe, expect, it } from "vitest";
import { writeEventLog, type EventLogFormat } from "../../../src/api/event-log.js";
import type { EndOfDay, Model } from "../../../src/model/compile/model.js";
import { exit, fixed, goto, model, pool, source, step } from "../process/fixtures.js";
import { forkStep, joinStep } from "../process/fork-join-fixtures.js";

function logOf(m: Model, format: EventLogFormat): string {
  const chunks: string[] = [];
  writeEventLog(m, { format, write: (chunk) => chunks.push(chunk) });
  return chunks.join("");
}

/** case, step (the activity), outcome, reached, start and end minutes of each CSV row. */
function csvRows(m: Model): string[] {
  const [, ...lines] = logOf(m, "csv").trim().split("\n");
  const cells = (line: string) => [...line.matchAll(/("[^"]*"|[^,]*)(,|$)/g)].map((m) => m[1].replace(/^"|"$/g, ""));
  return lines.map(cells).map((c) => [c[0], c[2], c[4], c[6], c[7], c[8]].join(" "));
}

/** The XES events of the trace of case `id`: activity, lifecycle, timestamp. */
function xesEvents(m: Model, id: string): string[] {
  const trace = logOf(m, "xes").split("<trace>").find((t) => t.startsWith(`<string key="concept:name" value="${id}"/>`)) ?? "";
  return [...trace.matchAll(/<event><string key="concept:name" value="([^"]*)"\/><string key="lifecycle:transition" value="([^"]*)"\/><date key="time:timestamp" value="([^"]*)"\/>/g)]
    .map((e) => `${e[1]} ${e[2]} ${e[3]}`);
}

/** One teller, open 00:00–00:10 every day; customers at minutes 3, 6, 9 for 4 minutes each; sent home at closing, back at the next opening. */
function comeBackDay(): Model {
  const endOfDay: EndOfDay = { rule: "sendAway", comeBack: true, path: ["resources", "teller", "endOfDay"] };
  return {
    ...model({
      arrivals: [source("walk-in", fixed(3), "desk")],
      resources: [{ ...pool("teller", 1), endOfDay }],
      steps: [step("desk", [["teller", 1]], fixed(4))],
      run: { maxArrivals: 3 },
    }),
    calendar: { always: false, open: 0, close: 10, days: [true, true, true, true, true, true, true] },
  };
}

/** A loan file forks at minute 1 into a 3-minute credit check and a 1-minute valuation; the first back decides. */
function firstOfTwo(): Model {
  return model({
    arrivals: [source("loan", fixed(1), "checks")],
    resources: [pool("analysts", 1)],
    steps: [
      forkStep("checks", ["credit", "valuation"], "done"),
      step("credit", [["analysts", 1]], fixed(3), goto("done")),
      step("valuation", [], fixed(1), goto("done")),
      joinStep("done", exit, 1),
    ],
    run: { maxArrivals: 1 },
  });
}

describe("event log notices", () => {
  it("a customer sent home at closing: sent away at 10, 'desk: came back' at the next opening (1440), then served from there", () => {
    expect(csvRows(comeBackDay())).toEqual([
      "1 desk completed 3 3 7",
      "3 desk sent away, comes back 9  10",
      "2 desk completed 6 7 11",
      "3 desk: came back came back 1440 1440 1440",
      // Reached when it came back: its minute in line before closing is in the sent-away row.
      "3 desk completed 1440 1440 1444",
    ]);
    expect(xesEvents(comeBackDay(), "3")).toEqual([
      "desk schedule 2024-01-01T00:09:00.000Z", "desk withdraw 2024-01-01T00:10:00.000Z",
      "desk: came back complete 2024-01-02T00:00:00.000Z",
      "desk schedule 2024-01-02T00:00:00.000Z", "desk start 2024-01-02T00:00:00.000Z", "desk complete 2024-01-02T00:04:00.000Z",
    ]);
  });

  it("a late part: 'credit: case left' at the release (2), its visit when it ends (4), then 'credit: late part withdrawn'", () => {
    expect(csvRows(firstOfTwo())).toEqual([
      "1 checks completed 1 1 1",
      "1 valuation completed 1 1 2",
      "1 credit: case left case left 2 2 2",
      "1 credit completed 1 1 4",
      "1 credit: late part withdrawn late part withdrawn 4 4 4",
    ]);
    expect(xesEvents(firstOfTwo(), "1")).toEqual([
      "checks schedule 2024-01-01T00:01:00.000Z", "checks start 2024-01-01T00:01:00.000Z", "checks complete 2024-01-01T00:01:00.000Z",
      "valuation schedule 2024-01-01T00:01:00.000Z", "valuation start 2024-01-01T00:01:00.000Z", "valuation complete 2024-01-01T00:02:00.000Z",
      "credit: case left complete 2024-01-01T00:02:00.000Z",
      "credit schedule 2024-01-01T00:01:00.000Z", "credit start 2024-01-01T00:01:00.000Z", "credit complete 2024-01-01T00:04:00.000Z",
      "credit: late part withdrawn complete 2024-01-01T00:04:00.000Z",
    ]);
    // The file's trace is written once, when its late part is withdrawn, with that part's events in it.
    expect(logOf(firstOfTwo(), "xes").split('<trace><string key="concept:name" value="1"/>').length - 1).toBe(1);
  });
});
