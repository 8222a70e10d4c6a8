/**
 * Parallel figures: the machine's parallel ceiling (two yardstick processes at once against
 * one: on virtual cores that share a physical core it is well below 2), and `--workers 2`
 * against `--workers 1` for whole CLI processes, as a share of that ceiling.
 *
 * Ten replications of the M/M/10 counter with 100k customers each is the case a planner
 * meets most: short replications, where starting a worker costs as much as it saves.
 */
import { info, judged, sec, times, type Figure } from "./figures.js";
import { median, nodeCommand, timeProcess, timeTogether } from "./process-timing.js";
import { casesLabel, CLI, type BenchSettings } from "./bench-settings.js";
import type { BenchModel } from "./bench-files.js";

/** The parallel ceiling: 2 × (one process alone) / (two at once, the slower), medians. */
async function ceiling(settings: BenchSettings): Promise<{ ratio: number; figure: Figure }> {
  const yardstick = nodeCommand([settings.yardsticks.B, "500000", "1", "3"]);
  const alone: number[] = [];
  const pair: number[] = [];
  for (let round = 0; round < (settings.quick ? 2 : 3); round++) {
    alone.push((await timeProcess(yardstick)).wallSeconds);
    pair.push(Math.max(...(await timeTogether([yardstick, yardstick])).map((t) => t.wallSeconds)));
  }
  const ratio = (2 * median(alone)) / median(pair);
  return { ratio, figure: info("parallel ceiling (2 yardstick processes vs 1)", times(ratio), `alone ${sec(median(alone))}, two at once ${sec(median(pair))} (wall)`) };
}

/**
 * `--workers 2` vs `--workers 1`, whole process wall, as a share of the ceiling. The detail
 * also gives the most a second thread could reach at all (Amdahl's law): the process's serial
 * part (start-up, loading and compiling the model, the summary; timed as one replication of a
 * run 100 times shorter) stays on one thread whatever the worker count, and every thread pays
 * the engine's JIT warm-up once (its first replication's time over a warm one's: a thread
 * compiles the event loop for itself).
 */
async function workersFigure(settings: BenchSettings, model: BenchModel, replications: number, cases: number, ceilingRatio: number): Promise<Figure> {
  const command = (workers: number, r = replications, n = cases) => nodeCommand([CLI, "run", settings.files.modelYaml(model, n), "--no-report", "-r", String(r), "-w", String(workers)]);
  const one = await timeProcess(command(1));
  const two = await timeProcess(command(2));
  const serial = (await timeProcess(command(1, 1, Math.max(1000, Math.round(cases / 100))))).wallSeconds;
  const first = (await timeProcess(command(1, 1))).wallSeconds;
  const warmReplication = Math.max(0, one.wallSeconds - first) / Math.max(1, replications - 1);
  const warmUp = Math.max(0, first - serial - warmReplication);
  const speedUp = one.wallSeconds / two.wallSeconds;
  const share = speedUp / ceilingRatio;
  const bestWall = serial + warmUp + Math.max(0, one.wallSeconds - serial - warmUp) / ceilingRatio;
  const reachable = one.wallSeconds / bestWall / ceilingRatio;
  const same = one.stdout === two.stdout ? "same output" : "OUTPUT DIFFERS";
  return judged(`--workers 2, Model ${model} ${replications} × ${casesLabel(cases)}`, `${(100 * share).toFixed(0)}% of ceiling`, "≥ 90% of ceiling", share >= 0.9 && one.stdout === two.stdout,
    `speed-up ${times(speedUp)}: wall ${sec(one.wallSeconds)} → ${sec(two.wallSeconds)}, cpu ${sec(one.cpuSeconds)} → ${sec(two.cpuSeconds)}; ${same}; ` +
      `serial part ${sec(serial)}, JIT warm-up per thread ${sec(warmUp)} (replications ${sec(warmReplication)} warm): at most ${(100 * reachable).toFixed(0)}% with free workers`);
}

/** The ceiling and the workers figures. */
export async function parallelFigures(settings: BenchSettings): Promise<Figure[]> {
  const { ratio, figure } = await ceiling(settings);
  const figures = [figure];
  for (const w of settings.workers) figures.push(await workersFigure(settings, w.model, w.replications, w.cases, ratio));
  return figures;
}
