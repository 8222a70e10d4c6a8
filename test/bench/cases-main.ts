/**
 * `tsx test/bench/cases-main.ts`: runs every benchmark case, each in a fresh Node process on one thread,
 * and prints wall time, events/s, cases/s and peak RSS next to each target.
 *
 * Each case runs in `--repeat` fresh processes (default 3) and the fastest run is reported:
 * on a shared machine the fastest run is the one least slowed by other processes.
 *
 * Usage: `tsx test/bench/cases-main.ts [--repeat N] [case id …]` (default: all cases, see cases.ts).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { BenchMeasurement } from "./bench-case.js";
import { BENCH_CASES, RSS_PAIRS } from "./cases.js";
import { formatTable, rowOf } from "./report.js";

const RUN_CASE = fileURLToPath(new URL("./run-case.ts", import.meta.url));
const TSX = import.meta.resolve("tsx");

/** Runs one case in a child process; throws with its stderr if it fails. */
function measureInChild(id: string): BenchMeasurement {
  const child = spawnSync(process.execPath, ["--import", TSX, RUN_CASE, id], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`bench case ${id} failed (exit ${child.status}):\n${child.stderr}`);
  const lines = child.stdout.trim().split("\n");
  return JSON.parse(lines[lines.length - 1]) as BenchMeasurement;
}

/** The fastest of `repeat` runs of a case, each in a fresh process. */
function bestOf(id: string, repeat: number): BenchMeasurement {
  let best: BenchMeasurement | null = null;
  for (let i = 0; i < repeat; i++) {
    const m = measureInChild(id);
    if (best === null || m.wallSeconds < best.wallSeconds) best = m;
  }
  return best as BenchMeasurement;
}

/** Command-line options: `--repeat N` and case ids. */
function parseArgs(argv: readonly string[]): { repeat: number; ids: string[] } {
  const ids: string[] = [];
  let repeat = 3;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--repeat") repeat = Math.max(1, Number(argv[++i]) || 1);
    else ids.push(argv[i]);
  }
  return { repeat, ids };
}

function main(): void {
  const { repeat, ids } = parseArgs(process.argv.slice(2));
  const cases = ids.length > 0 ? BENCH_CASES.filter((c) => ids.includes(c.id)) : BENCH_CASES;
  console.log(`procsim benchmark — Node ${process.version}, ${process.platform}/${process.arch}, each case in fresh processes (best of ${repeat} unless the case sets fewer); one replication on one thread unless the case says otherwise`);
  const measured = new Map<string, BenchMeasurement>();
  const rows: string[][] = [];
  for (const c of cases) {
    const m = bestOf(c.id, Math.min(repeat, c.repeat ?? repeat));
    measured.set(c.id, m);
    rows.push(rowOf(c, m));
  }
  console.log(formatTable(rows));
  const busiest = Math.min(...[...measured.values()].filter((m) => m.wallSeconds > 0.1).map((m) => m.cpuSeconds / m.wallSeconds));
  if (busiest < 0.8) {
    console.log(`note: a case got only ${(100 * busiest).toFixed(0)}% of a core (cpu/wall); the machine is busy and wall times are inflated — cpu is the better guide`);
  }
  const floor = measured.get("baseline")?.peakRssMb ?? 0;
  for (const [small, large] of RSS_PAIRS) {
    const a = measured.get(small);
    const b = measured.get(large);
    if (a && b) {
      const above = floor > 0 ? `; above the ${floor.toFixed(0)} MB baseline: ${(a.peakRssMb - floor).toFixed(0)} MB vs ${(b.peakRssMb - floor).toFixed(0)} MB` : "";
      console.log(`peak RSS vs run length: ${small} ${a.peakRssMb.toFixed(0)} MB, ${large} ${b.peakRssMb.toFixed(0)} MB (×${(b.cases / a.cases).toFixed(0)} cases${above})`);
    }
  }
}

main();
