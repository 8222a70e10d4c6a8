/**
 * `npm run bench`: runs every benchmark case, each in a fresh Node process on one thread,
 * and prints wall time, events/s, cases/s and peak RSS next to each target.
 *
 * Usage: `tsx test/bench/main.ts [case id …]` (default: all cases, see cases.ts).
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

function main(): void {
  const wanted = process.argv.slice(2);
  const cases = wanted.length > 0 ? BENCH_CASES.filter((c) => wanted.includes(c.id)) : BENCH_CASES;
  console.log(`procsim benchmark — Node ${process.version}, ${process.platform}/${process.arch}, one replication per case, one thread`);
  const measured = new Map<string, BenchMeasurement>();
  const rows: string[][] = [];
  for (const c of cases) {
    const m = measureInChild(c.id);
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
