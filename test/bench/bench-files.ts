/**
 * Files the bench's processes run: Model A and Model B as YAML for the CLI, and the
 * yardsticks (each model bare and with its statistics) and the report renderers alone bundled
 * into plain JavaScript (so their process wall is Node's own, with no TypeScript loader), all
 * in one scratch folder removed at the end.
 *
 * `modelYaml("A", 1_000_000)` is the M/M/10 branch counter with a million customers, the
 * same model as model-a.ts builds in code.
 */
import { build } from "esbuild";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const MODEL_A = `name: "Model A: M/M/10"
timeUnit: min
run: { maxArrivals: CASES, replications: 1, seed: 1, study: terminating }
arrivals:
  - { name: customers, ratePerHour: 540, start: counter }
resources:
  tellers: { capacity: 10 }
steps:
  - { name: counter, resource: tellers, duration: { exponential: { mean: 1 } } }
`;

const MODEL_B = `name: "Model B: loan process"
timeUnit: min
run: { maxArrivals: CASES, replications: 1, seed: 1, study: terminating }
arrivals:
  - { name: applications, interarrival: { exponential: { mean: 2 } }, start: intake }
resources:
  clerks: { capacity: 3 }
  analysts: { capacity: 5 }
  managers: { capacity: 2 }
steps:
  - { name: intake, resource: clerks, duration: { lognormal: { mean: 4, sd: 2 } }, next: review }
  - name: review
    resource: analysts
    duration: { triangular: { min: 3, mode: 6, max: 12 } }
    next: [ { to: review, p: 0.2 }, { to: approval, p: 0.8 } ]
  - { name: approval, resource: managers, duration: { exponential: { mean: 3.5 } } }
`;

/** Which benchmark model. */
export type BenchModel = "A" | "B";

/** The yardsticks as plain JavaScript files: each model's lean loop, and the same with the model's statistics. */
export interface Yardsticks {
  readonly A: string;
  readonly B: string;
  readonly statisticsA: string;
  readonly statisticsB: string;
}

/** The scratch folder of one bench run and the paths of the files in it. */
export class BenchFiles {
  readonly dir = mkdtempSync(join(tmpdir(), "procsim-bench-"));

  /** Path of the model's YAML with `cases` arrivals (written on first request). */
  modelYaml(model: BenchModel, cases: number): string {
    const path = join(this.dir, `model-${model.toLowerCase()}-${cases}.yaml`);
    writeFileSync(path, (model === "A" ? MODEL_A : MODEL_B).replace("CASES", String(cases)));
    return path;
  }

  /** Bundles the yardsticks; returns the path of each as plain JavaScript. */
  async yardsticks(): Promise<Yardsticks> {
    const names = { A: "yardstick-mm10", B: "yardstick-loan", statisticsA: "yardstick-mm10-stats", statisticsB: "yardstick-loan-stats" } as const;
    const out = { A: "", B: "", statisticsA: "", statisticsB: "" };
    for (const [key, name] of Object.entries(names) as [keyof Yardsticks, string][]) out[key] = await this.bundle(name);
    return out;
  }

  /** The report renderers alone (renderers-alone.ts) as plain JavaScript; it loads the built renderers at run time. */
  renderersAlone(): Promise<string> {
    return this.bundle("renderers-alone");
  }

  /** Bundles the bench script `<name>.ts` into `<name>.mjs` in the scratch folder; returns its path. */
  private async bundle(name: string): Promise<string> {
    const banner = 'import { createRequire as __benchCreateRequire } from "node:module"; const require = __benchCreateRequire(import.meta.url);';
    const outfile = join(this.dir, `${name}.mjs`);
    const entry = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
    await build({ entryPoints: [entry], outfile, bundle: true, platform: "node", format: "esm", target: "node20", banner: { js: banner }, logLevel: "warning" });
    return outfile;
  }

  /** Removes the scratch folder. */
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
