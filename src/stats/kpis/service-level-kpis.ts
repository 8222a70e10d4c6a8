/**
 * KPIs of one service-level target: the share of observations that met the waiting
 * threshold, and whether that share reached the target.
 *
 * "80% of walk-in customers wait at most 5 minutes at the counter": 412 of 500 starts of
 * service waited 5 minutes or less, achieved 0.824, target met (1).
 */
import type { ServiceLevelFacts } from "./facts.js";
import { ratioOrNull } from "../numbers.js";
import { kpiRecords } from "./record.js";

const achievedOf = (sl: ServiceLevelFacts): number | null => ratioOrNull(sl.met, sl.observed);

/** The service-level family, in report order. */
export const SERVICE_LEVEL_KPIS = kpiRecords<ServiceLevelFacts>([
  { metric: "achieved", label: "Service level achieved: {s}", unit: "share", better: "higher",
    definition: "Observations whose wait was within the threshold divided by all observations; an abandoned case counts as not met.",
    value: achievedOf },
  { metric: "met", label: "Target met: {s}", unit: "share", better: "higher",
    definition: "1 when the achieved share reached the target in the replication, else 0 (its mean is the share of replications that met it).",
    value: (sl) => {
      const achieved = achievedOf(sl);
      return achieved === null ? null : achieved >= sl.target ? 1 : 0;
    } },
]);
