/**
 * Sources whose arrivals are not one case per draw of a rate: a recording replayed
 * (recorded-arrivals.ts), drops at fixed times (scheduled-drops.ts), and groups of cases per
 * arrival (group-arrivals.ts). Each is a `SourcePlan` the arrival clock asks for arrival n in
 * order; a source without one keeps the clock's own rate code, behind one byte test per
 * arrival.
 *
 * In a back office with a Poisson stream of e-mails, a courier dropping files at 10:00 and a
 * replayed day of branch customers, the e-mails have no plan, the courier a DropPlan and the
 * branch a RecordedPlan.
 */
import { ARRIVAL_DROPS, ARRIVAL_RECORDED, type CompiledModel, type CompiledSource } from "../model/compile/compiled.js";
import { streamKey } from "../random/streams.js";
import { DropPlan } from "./scheduled-drops.js";
import { GROUP_SIZE_PURPOSE, GroupPlan, type GroupTimes } from "./group-arrivals.js";
import { RecordedPlan } from "./recorded-arrivals.js";

/** The arrival times of one planned source, asked for in order (n = 0, 1, 2, …). */
export interface SourcePlan {
  /** Time of arrival n, arrival n − 1 having come at t; Infinity when no more come, NaN when they cannot fit. */
  next(n: number, t: number): number;
}

/** True when `source` needs a plan. */
function isPlanned(source: CompiledSource): boolean {
  return source.arrivalKind === ARRIVAL_RECORDED || source.arrivalKind === ARRIVAL_DROPS || source.groupSize !== undefined;
}

/**
 * The plans of replication `replication` by source (null for plain sources); null when no
 * source has one. `plain(source, g, t)` is the source's own process: arrival g after t.
 */
export function sourcePlans(compiled: CompiledModel, replication: number, plain: (source: number, g: number, t: number) => number): (SourcePlan | null)[] | null {
  if (!compiled.sources.some(isPlanned)) return null;
  return compiled.sources.map((source, src) => {
    if (source.recorded !== undefined) return new RecordedPlan(source.recorded, compiled.calendar);
    if (source.drops !== undefined) return new DropPlan(compiled, source.drops, source.name, replication);
    if (source.groupSize === undefined) return null;
    const times: GroupTimes = (g, t) => plain(src, g, t);
    return new GroupPlan(source.groupSize, times, streamKey(compiled.run.seed, replication, GROUP_SIZE_PURPOSE, source.name));
  });
}
