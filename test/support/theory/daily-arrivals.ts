/**
 * Daily arrival counts straight from the arrival clock (no queue), and their sample mean
 * and variance: what the theory of a day's count (mixed or compound Poisson) speaks about.
 *
 * A branch with a random busy-day factor, or with customers arriving in groups, is loaded
 * from YAML; the clock of its first source is stepped arrival by arrival over `days` days of
 * one replication, and each day's count is kept.
 */
import { compileModel } from "../../../src/model/compile/compile.js";
import { loadModelText } from "../../../src/model/source/load.js";
import { ArrivalClock } from "../../../src/process/arrivals.js";
import { CaseDraws } from "../../../src/process/draws.js";
import { buildTimelines } from "../../../src/process/timelines.js";

/** The daily arrival counts of source 0 of the model `yaml` over `days` days of replication `replication`. */
export function dailyCounts(yaml: string, replication: number, days: number): number[] {
  const loaded = loadModelText(yaml);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("; "));
  const compiled = compileModel(loaded.model);
  const timelines = buildTimelines(compiled);
  const clock = new ArrivalClock(compiled, new CaseDraws(compiled, replication), timelines.hours, timelines.profiles, replication);
  const counts = new Array<number>(days).fill(0);
  let t = 0;
  for (let n = 0; ; n++) {
    t = clock.next(0, n, t);
    const day = Math.floor(t / 1440);
    if (!(day < days)) return counts;
    counts[day]++;
  }
}

/** The sample mean and the (n − 1) sample variance of `values`. */
export function meanAndVariance(values: readonly number[]): [number, number] {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return [mean, values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1)];
}
