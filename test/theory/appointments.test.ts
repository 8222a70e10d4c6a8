/**
 * Appointment arrivals against their expectations: each slot brings booked × fill ×
 * (1 − p_no-show) customers a day on average, with the binomial variance of independent
 * places, and they arrive on average at the slot time plus the punctuality mean.
 *
 * Part one drives the arrival clock alone over 250 working days per replication (no queue);
 * part two runs the whole simulation and checks the appointment KPIs (booked, no-show share)
 * and the arrivals they imply. Each theory value must lie within two half-widths of the
 * t-interval over the replications, and the interval must be tight.
 */
import { describe, expect, it } from "vitest";
import { compileModel } from "../../src/model/compile/compile.js";
import { loadModelText } from "../../src/model/source/load.js";
import { ArrivalClock } from "../../src/process/arrivals.js";
import { CaseDraws } from "../../src/process/draws.js";
import { buildTimelines } from "../../src/process/timelines.js";
import { runReplication } from "../../src/experiment/replicate.js";
import { kpiKey } from "../../src/stats/kpis/registry.js";
import type { ListedArrivals } from "../../src/process/listed-arrivals.js";
import { tInterval } from "../support/theory/t-interval.js";
import { checkKpi, expectTheoryWithin } from "../support/theory/replications.js";

const REPLICATIONS = 20;
const BOOKED = 2;
const FILL = 0.9;
const NO_SHOW = 0.15;
const SLOTS = 14;
/** Arrivals expected per slot and working day. */
const PER_SLOT = BOOKED * FILL * (1 - NO_SHOW);

const yaml = (horizon: string) => `name: wealth advice
calendar: { open: "09:00", close: "17:00" }
run: { horizon: ${horizon}, seed: 11 }
arrivals:
  - name: wealth
    appointments:
      slots: [{ from: "09:30", to: "16:00", every: 30min }]
      booked: ${BOOKED}
      fill: ${FILL}
      noShow: ${NO_SHOW}
      punctuality: { mean: -3min, sd: 5min }
steps: [{ name: advice, duration: 20min }]
`;

function compiled(horizon: string) {
  const loaded = loadModelText(yaml(horizon));
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("; "));
  return compileModel(loaded.model);
}

/** Per replication: arrivals per slot and day (mean, variance over days by slot) and the mean offset. */
function slotStatistics(replication: number, days: number): { means: number[]; variances: number[]; offset: number } {
  const model = compiled(`${days}d`);
  const timelines = buildTimelines(model);
  const clock = new ArrivalClock(model, new CaseDraws(model, replication), timelines.hours, timelines.profiles, replication);
  const list = (clock.listed as readonly ListedArrivals[])[0];
  const counts = Array.from({ length: SLOTS }, () => new Float64Array(days));
  let offsets = 0;
  let shows = 0;
  for (let t = clock.next(0, 0, 0); t < days * 1440; t = clock.next(0, 0, t)) {
    if (list.missed) continue;
    const day = Math.floor(list.appointment / 1440);
    const slot = (list.appointment - day * 1440 - 570) / 30;
    counts[slot][day]++;
    offsets += t - list.appointment;
    shows++;
  }
  const working = [...Array(days).keys()].filter((d) => d % 7 < 5);
  const means = counts.map((c) => working.reduce((s, d) => s + c[d], 0) / working.length);
  const variances = counts.map((c, k) => working.reduce((s, d) => s + (c[d] - means[k]) ** 2, 0) / (working.length - 1));
  return { means, variances, offset: offsets / shows };
}

describe("appointments: 14 slots × 2 places, fill 0.9, 15% no-shows, offset normal(−3, 5) min", () => {
  it("brings booked × fill × (1 − p) customers per slot, binomially, 3 minutes early on average", () => {
    const runs = Array.from({ length: REPLICATIONS }, (_, r) => slotStatistics(r, 350));
    for (const slot of [0, 7, 13]) {
      expectTheoryWithin(`arrivals per day in slot ${slot}`, tInterval(runs.map((run) => run.means[slot])), PER_SLOT, { maxRelativeHalfWidth: 0.03 });
    }
    const perDay = tInterval(runs.map((run) => run.means.reduce((s, m) => s + m, 0)));
    expectTheoryWithin("arrivals per working day", perDay, SLOTS * PER_SLOT, { maxRelativeHalfWidth: 0.01 });
    const variance = tInterval(runs.map((run) => run.variances.reduce((s, v) => s + v, 0) / SLOTS));
    expectTheoryWithin("variance of a slot's daily arrivals", variance, BOOKED * (PER_SLOT / BOOKED) * (1 - PER_SLOT / BOOKED), { maxRelativeHalfWidth: 0.03 });
    expectTheoryWithin("mean arrival offset", tInterval(runs.map((run) => run.offset)), -3, { maxRelativeHalfWidth: 0.03 });
  });

  it("reports the bookings and no-shows it made: KPIs against places × fill and p", () => {
    const model = compiled("70d");
    const results = Array.from({ length: REPLICATIONS }, (_, r) => runReplication(model, r));
    const key = (metric: string) => kpiKey("class", "wealth", metric);
    const workingDays = 50;
    checkKpi(results, key("appointments.booked"), workingDays * SLOTS * BOOKED * FILL, { maxRelativeHalfWidth: 0.01 });
    checkKpi(results, key("appointments.noShow.share"), NO_SHOW, { maxRelativeHalfWidth: 0.05 });
    checkKpi(results, kpiKey("overall", "", "arrivals"), workingDays * SLOTS * PER_SLOT, { maxRelativeHalfWidth: 0.01 });
    for (const result of results) {
      expect(result.kpis[key("appointments.booked")]).toBe((result.kpis[kpiKey("overall", "", "arrivals")] ?? NaN) + (result.kpis[key("appointments.noShows")] ?? NaN));
    }
  });
});

describe("no-shows per category of a case attribute", () => {
  const diary = (noShow: string) => `name: advice
calendar: { open: "09:00", close: "17:00" }
run: { horizon: 40d, seed: 4 }
arrivals:
  - name: wealth
    attributes: { segment: { categories: { private: 30%, mass: 70% } } }
    appointments:
      slots: [{ from: "09:30", to: "16:00", every: 30min }]
      booked: 2
      noShow: ${noShow}
steps: [{ name: advice, duration: 20min }]
`;
  const run = (noShow: string, replications: number) => {
    const loaded = loadModelText(diary(noShow));
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("; "));
    const model = compileModel(loaded.model);
    return Array.from({ length: replications }, (_, r) => runReplication(model, r));
  };
  const arrivals = (category: string) => kpiKey("category", `segment: ${category}`, "arrivals");

  it("decides on the category the customer's case draws: only private customers come when every mass customer stays away", () => {
    for (const { kpis } of run('{ by: segment, values: { private: 0, mass: 1 } }', 3)) {
      expect(kpis[arrivals("mass")]).toBe(0);
      expect(kpis[arrivals("private")]).toBe(kpis[kpiKey("overall", "", "arrivals")]);
      expect(kpis[kpiKey("class", "wealth", "appointments.noShows")]).toBeGreaterThan(0);
    }
  });

  it("gives the no-show share the mix of the categories' probabilities, and the arrivals their kept shares", () => {
    const results = run('{ by: segment, values: { private: "5%" }, otherwise: "20%" }', 20);
    checkKpi(results, kpiKey("class", "wealth", "appointments.noShow.share"), 0.3 * 0.05 + 0.7 * 0.2, { maxRelativeHalfWidth: 0.06 });
    // Those who come are private with probability 0.3·0.95 / (0.3·0.95 + 0.7·0.8).
    const privateShare = results.map(({ kpis }) => (kpis[arrivals("private")] ?? NaN) / (kpis[kpiKey("overall", "", "arrivals")] ?? NaN));
    expectTheoryWithin("private share of arrivals", tInterval(privateShare), (0.3 * 0.95) / (0.3 * 0.95 + 0.7 * 0.8), { maxRelativeHalfWidth: 0.05 });
  });
});
