/**
 * Event order of appointment sources: entries in time order across slots and places, early
 * customers held at the door until the opening, no-shows that create no case, days off.
 *
 * An adviser open 09:00–17:00 with two places at 09:00 and one at 09:30, every customer 10
 * minutes early and 20 minutes of advice: the 09:00 customers come at the opening (09:00, not
 * 08:50), the 09:30 one at 09:20; the second 09:00 customer waits 20 minutes, all of them past
 * the appointment time.
 */
import { describe, expect, it } from "vitest";
import { appointmentArrivalsAt, type Appointments } from "../../../src/model/compile/appointment-types.js";
import type { Calendar, Model } from "../../../src/model/compile/model.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { AppointmentBook, appointmentOrdinal } from "../../../src/process/appointments.js";
import { loadModelText } from "../../../src/model/source/load.js";
import { runReplication } from "../../../src/experiment/replicate.js";
import { kpiKey } from "../../../src/stats/kpis/registry.js";
import { fixed, model, pool, source, step, trace } from "./fixtures.js";

const WEEKDAYS: Calendar = { always: false, open: 540, close: 1020, days: [true, true, true, true, true, false, false] };
const MONDAYS: Calendar = { ...WEEKDAYS, days: [true, false, false, false, false, false, false] };

function diary(appointments: Partial<Appointments>, calendar: Calendar, horizon: number): Model {
  const book: Appointments = {
    slots: [{ at: 540, booked: 2 }, { at: 570, booked: 1 }], fill: 1, noShow: 0,
    punctuality: { kind: "shifted", shift: -10, dist: null }, ...appointments,
  };
  const wealth = source("wealth", fixed(1), "advice", { interarrival: null, appointments: book });
  const m = model({ arrivals: [wealth], resources: [pool("adviser", 1)], steps: [step("advice", [["adviser", 1]], fixed(20))], run: { horizon } });
  return { ...m, calendar };
}

describe("appointment sources", () => {
  it("hands out the day's entries in time order, early ones at the opening", () => {
    const { trace: t } = trace(diary({}, WEEKDAYS, 1440));
    expect(t.rows).toEqual([
      "540 c0 arrive", "540 c0 appointment 540", "540 c0 start advice",
      "540 c1 arrive", "540 c1 appointment 540", "540 c1 enqueue advice",
      "560 c0 finish advice", "560 c1 start advice waited 20", "560 c0 complete cycle 20 waited 0",
      "560 c2 arrive", "560 c2 appointment 570", "560 c2 enqueue advice",
      "580 c1 finish advice", "580 c2 start advice waited 20", "580 c1 complete cycle 40 waited 20",
      "600 c2 finish advice", "600 c2 complete cycle 40 waited 20",
    ]);
  });

  it("reports no-shows at their slot time without a case, on working days only", () => {
    const { trace: t } = trace(diary({ noShow: 1 }, MONDAYS, 8 * 1440));
    expect(t.rows).toEqual([
      "540 no-show wealth", "540 no-show wealth", "570 no-show wealth",
      "10620 no-show wealth", "10620 no-show wealth", "10650 no-show wealth",
    ]);
    expect(t.arrivals).toEqual([]);
  });

  it("a late customer keeps her offset; none moves past midnight", () => {
    const late = diary({ slots: [{ at: 960, booked: 1 }], punctuality: { kind: "shifted", shift: 600, dist: null } }, WEEKDAYS, 1440);
    expect(trace(late).trace.arrivals).toEqual([1440]);
    const onTime = diary({ slots: [{ at: 960, booked: 1 }], punctuality: { kind: "shifted", shift: 5, dist: null } }, WEEKDAYS, 1440);
    expect(trace(onTime).trace.arrivals).toEqual([965]);
  });
});

describe("appointment common random numbers", () => {
  /** (time, ordinal, missed) of the first `n` entries of the first source of `m`. */
  function entries(m: Model, n: number): [number, number, boolean][] {
    const compiled = compileModel(m);
    const book = new AppointmentBook(compiled, compiled.sources[0], 3);
    return Array.from({ length: n }, () => {
      const at = book.next();
      return [at, book.ordinal, book.missed];
    });
  }
  const random = { noShow: 0.3, fill: 0.8, punctuality: { kind: "normal", mean: -3, sd: 5 } } as const;

  it("keys ordinals by (day, minute of day, place)", () => {
    expect(appointmentOrdinal(2, 570, 1)).toBe((2 * 1440 + 570) * 32 + 1);
    const ordinals = entries(diary({}, WEEKDAYS, 3 * 1440), 6).map(([, ordinal]) => ordinal);
    expect(ordinals).toEqual([appointmentOrdinal(0, 540, 0), appointmentOrdinal(0, 540, 1), appointmentOrdinal(0, 570, 0),
      appointmentOrdinal(1, 540, 0), appointmentOrdinal(1, 540, 1), appointmentOrdinal(1, 570, 0)].sort((a, b) => a - b));
  });

  it("another source, or other slot times, leave every shared slot's customer unchanged", () => {
    const base = diary(random, WEEKDAYS, 30 * 1440);
    const first = entries(base, 40);
    const withOther = { ...base, arrivals: [...base.arrivals, source("walk-in", fixed(7), "advice")] };
    expect(entries(withOther, 40)).toEqual(first);
    const denser = diary({ ...random, slots: [{ at: 540, booked: 2 }, { at: 555, booked: 1 }, { at: 570, booked: 1 }] }, WEEKDAYS, 30 * 1440);
    const shared = entries(denser, 80).filter(([, ordinal]) => Math.floor(ordinal / 32) % 1440 !== 555);
    expect(shared.slice(0, 40)).toEqual(first);
  });
});

describe("appointment KPIs of the hand-worked diary", () => {
  it("counts bookings and the wait past the appointment time (waiting less earliness)", () => {
    const loaded = loadModelText(`name: advice
calendar: { open: "09:00", close: "17:00" }
run: { horizon: 1d }
arrivals:
  - name: wealth
    appointments: { slots: [{ at: "09:00", booked: 2 }, "09:30"], punctuality: "-10min" }
resources: { adviser: { capacity: 1 } }
steps: [{ name: advice, resource: adviser, duration: 20min }]
`);
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("; "));
    const { kpis } = runReplication(compileModel(loaded.model), 0);
    const key = (metric: string) => kpiKey("class", "wealth", metric);
    // c0 came at the opening for 09:00 and waited 0; c1 waited 20 from 09:00; c2 came 10 minutes early and waited 20.
    expect([kpis[key("appointments.booked")], kpis[key("appointments.noShows")], kpis[key("appointments.lateWait.mean")]]).toEqual([3, 0, 10]);
    expect(kpis[kpiKey("overall", "", "waitTime.mean")]).toBeCloseTo(40 / 3, 12);
  });
});

describe("appointment demand for planning", () => {
  it("places each slot's kept bookings at the slot time plus the mean offset, not before the opening", () => {
    const book: Appointments = {
      slots: [{ at: 540, booked: 2 }, { at: 570, booked: 1 }], fill: 0.5, noShow: 0.2, punctuality: { kind: "normal", mean: -3, sd: 5 },
    };
    expect([539, 540, 566, 567, 570].map((minute) => appointmentArrivalsAt(book, minute, 540))).toEqual([0, 0.8, 0, 0.4, 0]);
  });
});
