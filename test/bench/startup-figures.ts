/**
 * Start-up figures: the runtime's floor (`node -e 0`), `procsim --help`, `procsim validate` of
 * a bundled scenario and `import` of the library root, timed interleaved in the same rounds
 * so the ratios to the floor are fair on a shared machine. Medians of CPU seconds (user +
 * system) decide the verdicts; wall ratios are shown beside them.
 */
import { modulesLoadedBy } from "../support/api/loaded-modules.js";
import { info, judged, mib, sec, times, type Figure } from "./figures.js";
import { interleaved, median, nodeCommand, type ProcessTiming } from "./process-timing.js";
import { CLI, LIBRARY, ROOT, type BenchSettings } from "./bench-settings.js";

const RENDERERS = /node_modules\/(vega|vega-lite|vega-embed|@resvg\/resvg-js)\//;

/** Median CPU, wall and RSS of a command's rounds. */
export interface Medians {
  readonly cpu: number;
  readonly wall: number;
  readonly rss: number;
}

/** Medians of a list of timings. */
export function mediansOf(timings: readonly ProcessTiming[]): Medians {
  return { cpu: median(timings.map((t) => t.cpuSeconds)), wall: median(timings.map((t) => t.wallSeconds)), rss: median(timings.map((t) => t.peakRssMb)) };
}

function ratioFigure(name: string, m: Medians, floor: Medians, limit: number): Figure {
  const ratio = m.cpu / floor.cpu;
  return judged(name, `${times(ratio)} floor`, `≤ ${limit}× floor`, ratio <= limit,
    `cpu ${sec(m.cpu)}, wall ${sec(m.wall)} (${times(m.wall / floor.wall)}), ${mib(m.rss)}`);
}

/** The floor's and `procsim validate`'s medians and the start-up figures. */
export async function startupFigures(settings: BenchSettings): Promise<{ floor: Medians; validate: Medians; figures: Figure[] }> {
  const scenario = `${ROOT}scenarios/call-centre.yaml`;
  const commands = [
    nodeCommand(["-e", "0"]),
    nodeCommand([CLI, "--help"]),
    nodeCommand([CLI, "validate", scenario]),
    nodeCommand(["--input-type=module", "-e", `await import(${JSON.stringify(LIBRARY)});`]),
  ];
  const [floor, help, validate, library] = (await interleaved(commands, settings.rounds)).map(mediansOf);
  const above = library.cpu - floor.cpu;
  const renderers = modulesLoadedBy(`await import(${JSON.stringify(LIBRARY)});`, "esm").filter((m) => RENDERERS.test(m));
  return {
    floor,
    validate,
    figures: [
      info("runtime floor: node -e 0", sec(floor.cpu), `median of ${settings.rounds}: cpu ${sec(floor.cpu)}, wall ${sec(floor.wall)}, ${mib(floor.rss)}`),
      ratioFigure("procsim --help", help, floor, 2),
      ratioFigure("procsim validate call-centre.yaml", validate, floor, 2.5),
      judged("import of the library root", `floor + ${(1000 * above).toFixed(0)} ms`, "≤ floor + 100 ms", above <= 0.1,
        `cpu ${sec(library.cpu)}, wall ${sec(library.wall)} (floor + ${(1000 * (library.wall - floor.wall)).toFixed(0)} ms), ${mib(library.rss)}`),
      judged("library root loads no chart renderer", renderers.length === 0 ? "none loaded" : `${renderers.length} modules`, "none", renderers.length === 0,
        "vega, vega-lite, vega-embed, @resvg/resvg-js"),
    ],
  };
}
