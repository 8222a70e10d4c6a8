/**
 * The most worker threads procsim starts, shared by `--workers` and the library's pool: a few
 * per core, since more threads only add memory, not speed. On a 2-core branch-office laptop a
 * notebook asking for 999 workers gets 8.
 */
import { availableParallelism } from "node:os";
import { LIMITS } from "../model/schema/limits.js";

/** LIMITS.workersPerCore threads per core (at least one core). */
export function maxWorkerCount(cores: number = availableParallelism()): number {
  return Math.max(1, cores) * LIMITS.workersPerCore;
}
