/**
 * Report figures: the account-opening comparison (current vs RPA proposal) run without a
 * report and with the full report (HTML, JSON, CSV, SVG and PNG charts); the difference is
 * what writing the report costs on top of the simulation, and the peak memory of the run with
 * PNG export must stay within 150 MiB. The results are on screen before the report is written;
 * the figure is the whole wait (the process ends when the report folder is in place), and its
 * detail also says when the results appeared, and the least wall the report's CPU time allows
 * on this machine's cores. The same charts laid out and drawn by a process that holds nothing
 * but the two renderers (renderers-alone.ts) give the floor under both figures: their CPU
 * spread over every core, and their peak memory.
 */
import { readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { info, judged, mib, sec, type Figure } from "./figures.js";
import { interleaved, median, nodeCommand } from "./process-timing.js";
import { CLI, ROOT, type BenchSettings } from "./bench-settings.js";
import { mediansOf, type Medians } from "./startup-figures.js";

/** The two report figures, each followed by the renderers' own part; `floor` is the runtime's. */
export async function reportFigures(settings: BenchSettings, floor: Medians): Promise<Figure[]> {
  const pair = [`${ROOT}scenarios/account-opening.yaml`, `${ROOT}scenarios/account-opening-rpa-proposed.yaml`];
  const out = `${settings.files.dir}/report`;
  const compare = (extra: readonly string[]) => nodeCommand([CLI, "compare", ...pair, ...extra]);
  const rounds = settings.quick ? 1 : 3;
  // NOTE: the renderers draw the charts the full run of the same round has just written.
  const renderers = nodeCommand(["--expose-gc", await settings.files.renderersAlone(), `${ROOT}dist/bundle`, out]);
  const timings = await interleaved([compare(["--no-report"]), compare(["--out", out, "--allow-outside"]), renderers], rounds);
  const [bare, full, alone] = timings.map(mediansOf);
  const charts = readdirSync(out).filter((name) => name.endsWith(".vl.json")).length;
  const resultsShown = median(timings[1].map((t) => t.firstOutputSeconds));
  const extra = full.wall - bare.wall;
  // NOTE: the report's work spread perfectly over every core still takes its CPU time / cores.
  const cores = availableParallelism();
  const spread = (full.cpu - bare.cpu) / cores;
  return [
    judged("report writing, account-opening compare", `+${sec(extra)}`, "≤ +0.5 s", extra <= 0.5,
      `wall ${sec(bare.wall)} → ${sec(full.wall)} (results shown at ${sec(resultsShown)}); cpu ${sec(bare.cpu)} → ${sec(full.cpu)} (+${sec(full.cpu - bare.cpu)}: at least +${sec(spread)} on ${cores} cores however spread)`),
    renderersTime(alone, floor, charts, cores),
    judged("peak RSS, compare with PNG report", mib(full.rss), "≤ 150 MiB", full.rss <= 150, `without report ${mib(bare.rss)}`),
    info("  the renderers alone, memory", mib(alone.rss),
      `peak RSS of that process (floor ${mib(floor.rss)}): ${alone.rss > 150 ? "the 150 MiB target is out of reach for a process that writes these charts with Vega and resvg" : "the target is within reach"}`),
  ];
}

/** What Vega and resvg alone cost for the report's charts, and whether that leaves room for the 0.5 s target. */
function renderersTime(alone: Medians, floor: Medians, charts: number, cores: number): Figure {
  const cpu = alone.cpu - floor.cpu;
  const least = cpu / cores;
  return info("  the renderers alone", `+${sec(cpu)} cpu`,
    `a process that only lays out the same ${charts} charts in Vega and draws them with resvg: cpu ${sec(cpu)} above the floor, wall ${sec(alone.wall)}: at least +${sec(least)} on ${cores} cores however spread: ${least > 0.5 ? "the 0.5 s target is out of reach with these renderers" : "the target is within reach"}`);
}
