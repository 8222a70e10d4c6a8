// procsim used outside its repository, as a newcomer would: packed with `npm pack`, installed
// into a fresh project, the README's library examples run there from ESM and CommonJS, and the
// example notebook executed headlessly with the tslab kernel (nbclient), its chart coming back
// as display data under the Vega-Lite MIME type with a spec Vega-Lite compiles without warning.
// Needs python3 with nbclient and ipykernel (.ci/run installs them) and the npm registry or
// cache for the dependencies; `npm test` builds dist/ first.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TopLevelSpec } from "vega-lite";
import { compileChart } from "../../src/report/render-svg.js";
import { packedProject, readmeExample } from "../support/api/packed-project.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const PYTHON = "/usr/bin/python3";
const TSLAB = "tslab@1.0.22";

let project = "";

interface Output {
  output_type: string;
  data?: Record<string, unknown>;
  ename?: string;
  evalue?: string;
}
interface Cell {
  cell_type: string;
  outputs?: Output[];
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): string {
  return execFileSync(command, args, { cwd: project, env: { ...process.env, ...env }, encoding: "utf8", stdio: "pipe" });
}

beforeAll(() => {
  expect(existsSync(join(ROOT, "dist/bundle/index.cjs")), "dist/ is not built: run `npm run build` (npm test does)").toBe(true);
  project = packedProject([TSLAB]);
}, 600_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe("procsim installed from its tarball", () => {
  it("runs the README's library example from an ES module", () => {
    writeFileSync(join(project, "lunch.mjs"), readmeExample(readFileSync(join(ROOT, "README.md"), "utf8"), "library-esm"));
    const out = run(process.execPath, ["lunch.mjs"]);
    expect(out).toMatch(/^mean wait changes by -?\d+\.\d\d min \(95% CI -?\d+\.\d\d to -?\d+\.\d\d\)$/m);
    expect(out).toMatch(/^chart: \d+ bytes of SVG; report: reports\/lunch\/index.html$/m);
    expect(existsSync(join(project, "reports/lunch/index.html"))).toBe(true);
  });

  it("runs the README's CommonJS example", () => {
    writeFileSync(join(project, "wait.cjs"), readmeExample(readFileSync(join(ROOT, "README.md"), "utf8"), "library-cjs"));
    expect(run(process.execPath, ["wait.cjs"])).toMatch(/^mean wait \d+\.\d\d ± \d+\.\d\d min$/m);
  });
});

describe("the example notebook", () => {
  it("runs every cell in the tslab kernel and returns its chart as Vega-Lite display data", () => {
    const jupyter = join(project, "jupyter");
    const bin = join(project, "node_modules/.bin");
    run(join(bin, "tslab"), ["install", `--python=${PYTHON}`, `--prefix=${jupyter}`]);
    copyFileSync(join(ROOT, "examples/procsim.ipynb"), join(project, "procsim.ipynb"));
    const env = { PATH: `${bin}:${process.env.PATH ?? ""}`, JUPYTER_PATH: join(jupyter, "share/jupyter") };
    try {
      run(PYTHON, [join(ROOT, "test/notebook/run-notebook.py"), "procsim.ipynb", "executed.ipynb"], env);
    } catch (error) {
      throw new Error(`the notebook did not run: ${String((error as { stderr?: string }).stderr ?? error)}`);
    }
    const cells = (JSON.parse(readFileSync(join(project, "executed.ipynb"), "utf8")) as { cells: Cell[] }).cells.filter((c) => c.cell_type === "code");
    const outputs = cells.flatMap((c) => c.outputs ?? []);
    expect(outputs.filter((o) => o.output_type === "error")).toEqual([]);
    expect(cells.every((c) => (c.outputs ?? []).length > 0)).toBe(true);
    const displays = outputs.filter((o) => o.output_type === "display_data");
    const table = displays.find((o) => o.data?.["text/html"]);
    expect(String(table?.data?.["text/html"])).toMatch(/<table>[\s\S]*Mean wait[\s\S]*<\/table>/);
    const chart = displays.find((o) => o.data?.["application/vnd.vegalite.v6+json"]);
    expect(Object.keys(chart?.data ?? {}).sort()).toEqual(["application/vnd.vegalite.v6+json", "image/png", "image/svg+xml", "text/plain"]);
    const spec = chart?.data?.["application/vnd.vegalite.v6+json"] as TopLevelSpec;
    expect(typeof spec).toBe("object");
    expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v6.json");
    expect(compileChart(spec).warnings).toEqual([]);
  });
});
