/**
 * KPIs of one resource pool: utilisation, busy and rostered units, staff hours, output per
 * staff hour and staff cost.
 *
 * Three tellers rostered 09:00-17:00 are 24 staff hours; busy 18 of them, utilisation is 0.75.
 * A teller finishing a customer after her shift has ended is still working: at each moment the
 * available units are max(rostered, busy), so utilisation (of available time) never exceeds 1,
 * while occupancy (of rostered time) shows the overtime as a share above 1.
 */
import type { PoolFacts } from "./facts.js";
import { finiteOrNull, positiveZero, ratioOrNull } from "../numbers.js";
import { kpiRecords } from "./record.js";
import { NON_NEGATIVE_RANGE } from "../value-range.js";

const staffHoursOf = (p: PoolFacts): number => p.capacity.area / 60;

/** The pool family, in report order. */
export const POOL_KPIS = kpiRecords<PoolFacts>([
  { metric: "utilisation", label: "Utilisation of {s} (busy ÷ available time)", labelZh: "{s}利用率（忙碌 ÷ 可用时间）", unit: "share", better: "neither",
    definition: "Busy staff time divided by available staff time (available = max(rostered, busy) at each moment, so overtime counts as available and the share never exceeds 1).",
    value: (p) => ratioOrNull(p.busy.area, p.available.area) },
  { metric: "occupancy", label: "Occupancy of {s} (busy ÷ rostered time)", labelZh: "{s}占用率（忙碌 ÷ 排班时间）", unit: "share", better: "neither",
    range: NON_NEGATIVE_RANGE,
    definition: "Busy staff time divided by rostered staff time; above 1 when staff work past their roster (overtime).",
    value: (p) => ratioOrNull(p.busy.area, p.capacity.area) },
  { metric: "busy.mean", label: "Mean busy units of {s}", labelZh: "{s}平均忙碌人数", unit: "count", better: "neither",
    definition: "Time-average number of busy units over the observation window.",
    value: (p) => finiteOrNull(p.busy.mean(p.window.endTime) ?? NaN) },
  { metric: "capacity.mean", label: "Mean rostered capacity of {s}", labelZh: "{s}平均排班人数", unit: "count", better: "neither",
    definition: "Time-average number of rostered units over the observation window.",
    value: (p) => finiteOrNull(p.capacity.mean(p.window.endTime) ?? NaN) },
  { metric: "staffHours", label: "Rostered staff hours of {s}", labelZh: "{s}排班工时", unit: "count", better: "lower",
    definition: "Rostered units × hours over the observation window; a terminating day counts the roster to its end (at most the horizon), not only to the last departure.",
    value: (p) => positiveZero(staffHoursOf(p)) },
  { metric: "output.perStaffHour", label: "Completed cases served by {s} per rostered staff hour", labelZh: "{s}每排班工时完成业务数", unit: "casesPerStaffHour", better: "higher",
    definition: "Completed cases that the pool served at least once, divided by the pool's rostered staff hours (a case the pool never touched does not count).",
    value: (p) => (p.served === null ? null : ratioOrNull(p.served, staffHoursOf(p))) },
  { metric: "cost.busy", label: "Cost of {s} while busy", labelZh: "{s}忙碌时成本", unit: "currency", better: "lower",
    definition: "Busy staff time × cost per hour.",
    value: (p) => positiveZero(p.busyCost) },
  { metric: "cost.idle", label: "Cost of {s} while rostered but idle", labelZh: "{s}排班空闲时成本", unit: "currency", better: "lower",
    definition: "(Available − busy) staff time × cost per hour.",
    value: (p) => positiveZero(p.idleCost) },
  { metric: "cost.total", label: "Total cost of {s}", labelZh: "{s}总成本", unit: "currency", better: "lower",
    definition: "Available staff time × cost per hour.",
    value: (p) => positiveZero(p.totalCost) },
]);
