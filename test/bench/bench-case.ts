/**
 * A benchmark case: one named, self-contained measurement with a stated target.
 *
 * "Model A: an M/M/10 branch counter, one million customers, one replication" is a case: it
 * runs once in a fresh process (so its peak memory is its own), and reports wall time,
 * events, cases and peak resident memory, next to the target and the reference figures of
 * SimPy and simmer for the same model.
 */

/** What a case measured. Times in seconds, memory in megabytes. */
export interface BenchMeasurement {
  readonly wallSeconds: number;
  /** CPU seconds (user + system) of this process over the same span: wall minus contention. */
  readonly cpuSeconds: number;
  /** Simulation events processed (0 when not applicable). */
  readonly events: number;
  /** Cases (customers, applications) simulated. */
  readonly cases: number;
  /** Peak resident set size of the process, MB (process.resourceUsage().maxRSS). */
  readonly peakRssMb: number;
  /** Anything else worth printing (e.g. a speed-up), as label → value text. */
  readonly extra?: Readonly<Record<string, string>>;
}

/** A case in the benchmark list. */
export interface BenchCase {
  /** Short id used on the command line (`tsx test/bench/cases-main.ts model-a`). */
  readonly id: string;
  /** Line title, e.g. "Model A: M/M/10, 1,000,000 customers". */
  readonly title: string;
  /** Target wall time in seconds, or null for an informational case. */
  readonly targetSeconds: number | null;
  /** Reference figures shown next to the target, e.g. "SimPy ≈ 12 s, simmer ≈ 10 s". */
  readonly reference: string;
  /** Most fresh-process runs to take the best of (default: main.ts's --repeat); 1 for costly cases. */
  readonly repeat?: number;
  /** Runs the measurement (in its own process when run from main.ts). */
  readonly run: () => BenchMeasurement | Promise<BenchMeasurement>;
}

/** Peak resident memory of this process so far, MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Wall-clock and CPU seconds taken by `work`, with its return value. */
export function timed<T>(work: () => T): { seconds: number; cpuSeconds: number; value: T } {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = work();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, value };
}
