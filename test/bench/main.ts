/**
 * `npm run bench`: measures procsim against the targets of its performance brief, as ratios
 * taken inside this one run (absolute times differ between machines and moments), and prints
 * one table: each figure, what was measured, its target and PASS or MISS.
 *
 * Start-up against the runtime's floor, the engine against hand-written yardstick loops,
 * workers against the machine's parallel ceiling, memory against the floor, and report writing.
 * Commands are timed as whole processes (wall, CPU user + system, peak RSS) and interleaved,
 * so load from other processes falls on every side of a ratio alike; CPU ratios decide where
 * the machine is shared. `--quick` (under a minute) uses fewer rounds and smaller worker runs.
 * The per-case table of absolute times (events/s against SimPy and simmer) is cases-main.ts.
 *
 * Usage: `tsx test/bench/main.ts [--quick] [startup|engine|parallel|report …]`.
 */
import { BenchFiles } from "./bench-files.js";
import { settingsFor } from "./bench-settings.js";
import { engineFigures } from "./engine-figures.js";
import { formatFigures, type Figure } from "./figures.js";
import { parallelFigures } from "./parallel-figures.js";
import { CAN_MEASURE_CHILDREN } from "./process-timing.js";
import { reportFigures } from "./report-figures.js";
import { startupFigures } from "./startup-figures.js";

const GROUPS = ["startup", "engine", "parallel", "report"] as const;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes("--quick");
  const named = args.filter((a) => (GROUPS as readonly string[]).includes(a));
  const groups = named.length > 0 ? named : GROUPS;
  const files = new BenchFiles();
  const started = process.hrtime.bigint();
  try {
    const settings = settingsFor(quick, files, await files.yardsticks());
    console.log(`procsim bench${quick ? " --quick" : ""} — Node ${process.version}, ${process.platform}/${process.arch}; ratios measured in this run`);
    if (!CAN_MEASURE_CHILDREN) console.log("note: /usr/bin/time (GNU time) is missing: CPU and memory of processes are not measured");
    const figures: Figure[] = [];
    const add = (measured: readonly Figure[]) => {
      for (const f of measured) process.stderr.write(`  ${f.name}: ${f.measured}${f.target ? ` (target ${f.target})` : ""}\n`);
      figures.push(...measured);
    };
    const { floor, validate, figures: startup } = await startupFigures(settings);
    if (groups.includes("startup")) add(startup);
    if (groups.includes("engine")) add(await engineFigures(settings, floor, validate));
    if (groups.includes("parallel")) add(await parallelFigures(settings));
    if (groups.includes("report")) add(await reportFigures(settings, floor));
    console.log(formatFigures(figures));
    const missed = figures.filter((f) => f.pass === false).length;
    console.log(`${figures.filter((f) => f.pass === true).length} PASS, ${missed} MISS; bench took ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(0)} s`);
  } finally {
    files.remove();
  }
}

await main();
