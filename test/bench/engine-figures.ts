/**
 * Engine figures: procsim's time per warm replication of Model A and Model B (full
 * statistics) against the hand-written yardstick loops, and the CLI's whole process for
 * Model A against the yardstick's whole process, with the CLI run's peak memory against the
 * floor and against a run ten times shorter (memory must not grow with run length).
 */
import { fileURLToPath } from "node:url";
import { info, judged, mib, sec, times, type Figure } from "./figures.js";
import { interleaved, nodeCommand, timeProcess, type ProcessTiming } from "./process-timing.js";
import { casesLabel, CLI, type BenchSettings } from "./bench-settings.js";
import type { BenchModel } from "./bench-files.js";
import { mediansOf, type Medians } from "./startup-figures.js";
import type { ReplicationTiming } from "./yardstick-parts.js";

const WARM_REPLICATION = fileURLToPath(new URL("./warm-replication.ts", import.meta.url));
const TSX = import.meta.resolve("tsx");

/** Customers of the CLI run that stands for the CLI's own part (start-up, loading, summary). */
const OWN_PART_CASES = 1000;

/** Fastest warm replication (all but the first) of a timing line: wall and CPU. */
function fastestWarm(timing: ProcessTiming): ReplicationTiming {
  const timings = (JSON.parse(timing.stdout.trim().split("\n").pop() ?? "{}") as { timings: ReplicationTiming[] }).timings.slice(1);
  return { seconds: Math.min(...timings.map((t) => t.seconds)), cpuSeconds: Math.min(...timings.map((t) => t.cpuSeconds)) };
}

/** A model's warm-replication figures, with the lean statistics loop's fastest warm replication. */
interface WarmFigures {
  readonly figures: Figure[];
  readonly leanWithStatistics: ReplicationTiming;
}

/**
 * procsim's and the yardstick's fastest warm replication of one model, and procsim's without
 * statistics (an observer that records nothing): where the gap to the yardstick lies; and the
 * lean loop with the model's statistics: the least those statistics cost, so a ratio above
 * it is out of reach for any engine that reports them.
 */
async function warmRatio(settings: BenchSettings, model: BenchModel): Promise<WarmFigures> {
  const cases = settings.cases[model];
  const replications = String(1 + settings.warmReplications);
  const procsimRun = (...extra: string[]) => timeProcess(nodeCommand(["--import", TSX, WARM_REPLICATION, model, String(cases), replications, ...extra]));
  const yardstickRun = (file: string) => timeProcess(nodeCommand([file, String(cases), "1", replications]));
  const procsim = await procsimRun();
  const quiet = await procsimRun("quiet");
  const yardstick = await yardstickRun(settings.yardsticks[model]);
  const [p, q, y] = [fastestWarm(procsim), fastestWarm(quiet), fastestWarm(yardstick)];
  const ratio = p.cpuSeconds / y.cpuSeconds;
  const figures = [
    judged(`engine: warm replication, Model ${model} ${casesLabel(cases)}`, `${times(ratio)} yardstick`, "≤ 1.5× yardstick", ratio <= 1.5,
      `procsim cpu ${sec(p.cpuSeconds)} (wall ${sec(p.seconds)}), yardstick cpu ${sec(y.cpuSeconds)} (wall ${sec(y.seconds)})`),
    info(`  same without statistics, Model ${model}`, `${times(q.cpuSeconds / y.cpuSeconds)} yardstick`,
      `event loop, sampling and queues alone: cpu ${sec(q.cpuSeconds)}; statistics are ${times(p.cpuSeconds / q.cpuSeconds)} of that`),
  ];
  const s = fastestWarm(await yardstickRun(settings.yardsticks[model === "A" ? "statisticsA" : "statisticsB"]));
  const floor = s.cpuSeconds / y.cpuSeconds;
  figures.push(info(`  lean loop with Model ${model}'s statistics`, `${times(floor)} yardstick`,
    `hand-written, cpu ${sec(s.cpuSeconds)}: ${floor > 1.5 ? "the 1.5× target is out of reach with these statistics" : "the 1.5× target is within reach"}; procsim is ${times(p.cpuSeconds / s.cpuSeconds)} of it`));
  return { figures, leanWithStatistics: s };
}

/**
 * CLI process of Model A vs the yardstick process, and the CLI's memory figures. The CLI's
 * own part (start-up, loading and validating, compiling, the summary) is its process for a
 * thousand customers; with the lean loop with statistics (`engine`) in place of procsim's
 * replication, it tells the least any engine reporting those statistics could reach.
 * `validate` is the memory of loading and validating a model alone; the own part's peak RSS
 * is the least a run of any length can reach.
 */
async function processFigures(settings: BenchSettings, floor: Medians, engine: WarmFigures, validate: Medians): Promise<Figure[]> {
  const cases = settings.cases.A;
  const run = (n: number) => nodeCommand([CLI, "run", settings.files.modelYaml("A", n), "--no-report", "--workers", "1"]);
  const rounds = settings.quick ? 2 : 3;
  const commands = [run(cases), run(cases / 10), run(OWN_PART_CASES), nodeCommand([settings.yardsticks.A, String(cases), "1"])];
  const [cli, short, ownPart, yardstick] = (await interleaved(commands, rounds)).map(mediansOf);
  const ratio = cli.cpu / yardstick.cpu;
  const growth = cli.rss - short.rss;
  // NOTE: without procsim's JIT warm-up for a long run, so the least the CLI could reach.
  const reach = (ownPart.cpu + engine.leanWithStatistics.cpuSeconds) / yardstick.cpu;
  return [
    judged(`CLI run Model A ${casesLabel(cases)} --no-report, process`, `${times(ratio)} yardstick`, "≤ 2× yardstick process", ratio <= 2,
      `cpu ${sec(cli.cpu)} vs ${sec(yardstick.cpu)}; wall ${sec(cli.wall)} vs ${sec(yardstick.wall)} (${times(cli.wall / yardstick.wall)})`),
    info("  same with the lean loop's speed", `≥ ${times(reach)} yardstick`,
      `the CLI's own part (its process for ${OWN_PART_CASES.toLocaleString("en-US")} customers: cpu ${sec(ownPart.cpu)}) + the lean loop with Model A's statistics (cpu ${sec(engine.leanWithStatistics.cpuSeconds)}): ${reach > 2 ? "the 2× target is out of reach with these statistics" : "the 2× target is within reach with a faster engine"}`),
    judged(`peak RSS, run Model A ${casesLabel(cases)} --no-report`, `${times(cli.rss / floor.rss)} floor`, "≤ 1.6× floor", cli.rss <= 1.6 * floor.rss,
      `${mib(cli.rss)} vs floor ${mib(floor.rss)}; yardstick process ${mib(yardstick.rss)}; procsim validate alone ${mib(validate.rss)} (${times(validate.rss / floor.rss)})`),
    info("  the CLI's own part", `${times(ownPart.rss / floor.rss)} floor`,
      `its process for ${OWN_PART_CASES.toLocaleString("en-US")} customers: ${mib(ownPart.rss)}, before any engine memory: ${ownPart.rss > 1.6 * floor.rss ? "the 1.6× target is out of reach for what a run loads (parser, checks, compiler, statistics, number formatting)" : "the 1.6× target is within reach"}`),
    judged(`peak RSS growth, Model A ${casesLabel(cases / 10)} → ${casesLabel(cases)}`, `${growth.toFixed(1)} MiB`, "≤ 5 MiB", growth <= 5,
      `${mib(short.rss)} → ${mib(cli.rss)}`),
  ];
}

/** The engine and CLI-process figures. */
export async function engineFigures(settings: BenchSettings, floor: Medians, validate: Medians): Promise<Figure[]> {
  const [a, b] = [await warmRatio(settings, "A"), await warmRatio(settings, "B")];
  const figures = [...a.figures, ...b.figures, ...(await processFigures(settings, floor, a, validate))];
  if (settings.quick) figures.push(info("quick run", "–", `${settings.warmReplications} warm replication(s), fewer rounds: indications only`));
  return figures;
}
