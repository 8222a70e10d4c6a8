/**
 * Report figures: the account-opening comparison (current vs RPA proposal) run without a
 * report and with the full report (HTML, JSON, CSV, SVG and PNG charts); the difference is
 * what writing the report costs on top of the simulation, and the peak memory of the run with
 * PNG export must stay within 150 MiB. The results are on screen before the report is written;
 * the figure is the whole wait (the process ends when the report folder is in place), and its
 * detail also says when the results appeared, and the least wall the report's CPU time allows
 * on this machine's cores.
 */
import { availableParallelism } from "node:os";
import { judged, mib, sec, type Figure } from "./figures.js";
import { interleaved, median, nodeCommand } from "./process-timing.js";
import { CLI, ROOT, type BenchSettings } from "./bench-settings.js";
import { mediansOf } from "./startup-figures.js";

/** The two report figures. */
export async function reportFigures(settings: BenchSettings): Promise<Figure[]> {
  const pair = [`${ROOT}scenarios/account-opening.yaml`, `${ROOT}scenarios/account-opening-rpa-proposed.yaml`];
  const out = `${settings.files.dir}/report`;
  const compare = (extra: readonly string[]) => nodeCommand([CLI, "compare", ...pair, ...extra]);
  const rounds = settings.quick ? 1 : 3;
  const timings = await interleaved([compare(["--no-report"]), compare(["--out", out, "--allow-outside"])], rounds);
  const [bare, full] = timings.map(mediansOf);
  const resultsShown = median(timings[1].map((t) => t.firstOutputSeconds));
  const extra = full.wall - bare.wall;
  // NOTE: the report's work spread perfectly over every core still takes its CPU time / cores.
  const cores = availableParallelism();
  const spread = (full.cpu - bare.cpu) / cores;
  return [
    judged("report writing, account-opening compare", `+${sec(extra)}`, "≤ +0.5 s", extra <= 0.5,
      `wall ${sec(bare.wall)} → ${sec(full.wall)} (results shown at ${sec(resultsShown)}); cpu ${sec(bare.cpu)} → ${sec(full.cpu)} (+${sec(full.cpu - bare.cpu)}: at least +${sec(spread)} on ${cores} cores however spread)`),
    judged("peak RSS, compare with PNG report", mib(full.rss), "≤ 150 MiB", full.rss <= 150, `without report ${mib(bare.rss)}`),
  ];
}
