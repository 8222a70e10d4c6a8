/**
 * Charts of a series that is zero in every replication of every model are not drawn: a flat
 * line at zero says nothing a sentence cannot, and reads like a missing chart.
 *
 * A branch where nobody ever waits (enough tellers all day) gets no waiting-time curve glued
 * to the left edge; the report says "Not drawn: Waiting time distribution is zero in every
 * replication of every model." instead.
 */
import type { ChartContext } from "./common.js";

/** True when every model has the distribution `key` and every observation of it is 0. */
export function distributionAllZero(context: ChartContext, key: string): boolean {
  const found = context.variants.map((v) => v.result.distributions.find((d) => d.key === key));
  return found.every((d) => d !== undefined && d.points.length > 0 && d.points.every((p) => p.x === 0));
}
