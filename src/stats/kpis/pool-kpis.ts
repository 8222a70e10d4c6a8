/**
 * KPIs of one resource pool: utilisation, busy and rostered units, staff hours, output per
 * staff hour and staff cost.
 *
 * Three tellers rostered 09:00-17:00 are 24 staff hours; busy 18 of them, utilisation is 0.75.
 * A teller finishing a customer after her shift has ended is still working: at each moment the
 * available units are max(rostered, busy), so utilisation never exceeds 1.
 */
import type { PoolFacts } from "./facts.js";
import { finiteOrNull, positiveZero, ratioOrNull } from "../numbers.js";
import { kpiRecords } from "./record.js";

const staffHoursOf = (p: PoolFacts): number => p.capacity.area / 60;

/** The pool family, in report order. */
export const POOL_KPIS = kpiRecords<PoolFacts>([
  { metric: "utilisation", label: "Utilisation of {s}", unit: "share", better: "neither",
    definition: "Busy staff time divided by available staff time (available = max(rostered, busy) at each moment).",
    value: (p) => ratioOrNull(p.busy.area, p.available.area) },
  { metric: "busy.mean", label: "Mean busy units of {s}", unit: "count", better: "neither",
    definition: "Time-average number of busy units over the observation window.",
    value: (p) => finiteOrNull(p.busy.mean(p.window.endTime) ?? NaN) },
  { metric: "capacity.mean", label: "Mean rostered capacity of {s}", unit: "count", better: "neither",
    definition: "Time-average number of rostered units over the observation window.",
    value: (p) => finiteOrNull(p.capacity.mean(p.window.endTime) ?? NaN) },
  { metric: "staffHours", label: "Rostered staff hours of {s}", unit: "count", better: "lower",
    definition: "Rostered units × hours over the observation window.",
    value: (p) => positiveZero(staffHoursOf(p)) },
  { metric: "output.perStaffHour", label: "Completed cases per rostered staff hour of {s}", unit: "casesPerStaffHour", better: "higher",
    definition: "Completed cases divided by rostered staff hours.",
    value: (p) => ratioOrNull(p.completions, staffHoursOf(p)) },
  { metric: "cost.busy", label: "Cost of {s} while busy", unit: "currency", better: "lower",
    definition: "Busy staff time × cost per hour.",
    value: (p) => positiveZero(p.busyCost) },
  { metric: "cost.idle", label: "Cost of {s} while rostered but idle", unit: "currency", better: "lower",
    definition: "(Available − busy) staff time × cost per hour.",
    value: (p) => positiveZero(p.idleCost) },
  { metric: "cost.total", label: "Total cost of {s}", unit: "currency", better: "lower",
    definition: "Available staff time × cost per hour.",
    value: (p) => positiveZero(p.totalCost) },
]);
