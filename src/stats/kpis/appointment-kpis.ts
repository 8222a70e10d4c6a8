/**
 * KPIs of customers who come by appointment (docs/model-language.md#appointments), per class
 * of an appointment source: places booked, no-shows, and the wait the operation caused
 * counted from the appointment time rather than from an early arrival.
 *
 * 20 days of an adviser's diary with 14 booked places a day: 280 appointments, 22 no-shows
 * (7.9%); a customer who came at 09:52 for 10:00 and was seen at 10:05 waited 13 minutes,
 * 5 of them past the appointment time.
 */
import type { Welford } from "../welford.js";
import { ratioOrNull } from "../numbers.js";
import { kpiRecords } from "./record.js";

/** What the appointment collector kept for one class in the observation window. */
export interface AppointmentFacts {
  /** Booked customers: arrivals by appointment plus no-shows. */
  readonly booked: number;
  readonly noShows: number;
  /** Per completed appointment case: its waiting time less the minutes it came early (at least 0). */
  readonly lateWaits: Welford;
}

/** The appointment family (scope class, one subject per class of an appointment source). */
export const APPOINTMENT_KPIS = kpiRecords<AppointmentFacts>([
  { metric: "appointments.booked", label: "Appointments booked ({s})", labelZh: "预约数（{s}）", unit: "count", better: "neither",
    definition: "Booked customers in the observation window: those who came (counted at arrival) and the no-shows (counted at their slot time).",
    value: (f) => f.booked },
  { metric: "appointments.noShows", label: "No-shows ({s})", labelZh: "爽约数（{s}）", unit: "count", better: "lower",
    definition: "Booked customers who did not come (counted at their slot time).",
    value: (f) => f.noShows },
  { metric: "appointments.noShow.share", label: "No-show share ({s})", labelZh: "爽约比例（{s}）", unit: "share", better: "lower",
    definition: "No-shows divided by appointments booked.",
    value: (f) => ratioOrNull(f.noShows, f.booked) },
  { metric: "appointments.lateWait.mean", label: "Mean wait past the appointment time ({s})", labelZh: "超过预约时间的平均等待时间（{s}）", unit: "min", better: "lower",
    definition: "Over completed appointment cases: the case's waiting time less the minutes it arrived before its slot time, never below 0 — the wait the operation caused (equal to the wait from the later of arrival and appointment time when the case queues at its first step).",
    value: (f) => f.lateWaits.meanOrNull() },
]);
