/**
 * Cost KPIs of the whole operation (scope overall): staff cost while busy and while rostered
 * but idle, fixed cost, total cost and cost per completed case.
 *
 * Three tellers rostered 09:00-17:00 at 30 per hour, busy 18 of their 24 hours, cost 540 busy
 * and 180 idle; with a licence of 100 a day and 400 customers served, 2.05 per case.
 */
import type { CostFacts } from "./facts.js";
import { positiveZero, ratioOrNull } from "../numbers.js";
import { kpiRecords } from "./record.js";

const totalOf = (c: CostFacts): number => c.staffTotal + c.fixed;

/** The cost family, in report order. */
export const COST_KPIS = kpiRecords<CostFacts>([
  { metric: "cost.busy", label: "Staff cost while busy", labelZh: "员工忙碌时成本", unit: "currency", better: "lower",
    definition: "Sum over pools of busy staff time × cost per hour.",
    value: (c) => positiveZero(c.busy) },
  { metric: "cost.idle", label: "Staff cost while rostered but idle", labelZh: "员工排班空闲时成本", unit: "currency", better: "lower",
    definition: "Sum over pools of (available − busy) staff time × cost per hour; available = max(rostered, busy) at each moment.",
    value: (c) => positiveZero(c.idle) },
  { metric: "cost.fixed", label: "Fixed cost", labelZh: "固定成本", unit: "currency", better: "lower",
    definition: "Fixed cost per day × the simulated days after warm-up (a terminating day: to its horizon or the last departure, whichever is later).",
    value: (c) => positiveZero(c.fixed) },
  { metric: "cost.total", label: "Total cost", labelZh: "总成本", unit: "currency", better: "lower",
    definition: "Staff cost (busy + idle) plus fixed cost.",
    value: (c) => positiveZero(totalOf(c)) },
  { metric: "cost.perCase", label: "Cost per completed case", labelZh: "每笔完成业务成本", unit: "currency", better: "lower",
    definition: "Total cost divided by completed cases (all cases).",
    value: (c) => ratioOrNull(totalOf(c), c.completions) },
]);
