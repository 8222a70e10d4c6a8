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
  { metric: "achieved", label: "Service level achieved: {s}", labelZh: "服务水平达成率：{s}", unit: "share", better: "higher",
    definition: "Served cases within the threshold divided by served plus abandoned cases: a case that gave up counts as missed (the target's own convention).",
    value: achievedOf },
  { metric: "achieved.excludingAbandoned", label: "Service level of served cases only: {s}", labelZh: "服务水平（仅已服务业务）：{s}", unit: "share", better: "higher",
    definition: "Served cases within the threshold divided by served cases: cases that gave up are left out.",
    value: (sl) => ratioOrNull(sl.met, sl.observed - sl.abandoned) },
  { metric: "achieved.excludingShortAbandoned", label: "Service level, not counting those who gave up within the threshold: {s}", labelZh: "服务水平（不计阈值内放弃者）：{s}", unit: "share", better: "higher",
    definition: "Served cases within the threshold divided by all cases except those that gave up before the threshold was reached (who gave up after it count as missed).",
    value: (sl) => ratioOrNull(sl.met, sl.observed - sl.abandonedWithin) },
  { metric: "withinThreshold.allArrivals", label: "Share of all arrivals within the threshold, served or not: {s}", labelZh: "阈值内到达比例（不论是否服务）：{s}", unit: "share", better: "neither",
    definition: "P(wait ≤ threshold) over all arrivals: served cases within the threshold plus cases that gave up within it, divided by served plus abandoned cases.",
    value: (sl) => ratioOrNull(sl.met + sl.abandonedWithin, sl.observed) },
  { metric: "met", label: "Target met: {s}", labelZh: "目标达成：{s}", unit: "share", better: "higher",
    definition: "1 when the achieved share reached the target in the replication, else 0 (its mean is the share of replications that met it).",
    value: (sl) => {
      const achieved = achievedOf(sl);
      return achieved === null ? null : achieved >= sl.target ? 1 : 0;
    } },
]);
