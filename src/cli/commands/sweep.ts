/**
 * `procsim sweep MODEL --vary PARAMETER=VALUES …`: a model run at many settings of its
 * numeric parameters, on common random numbers, with KPI curves, a cost/service frontier and
 * (with `--tornado PCT`) the sensitivity of KPIs to ±PCT% in each input.
 *
 * `procsim sweep scenarios/branch-counter.yaml --vary "pools.tellers.capacity=2..8"` prints
 * one row per teller count with mean wait, service level, utilisation and cost (mean ± 95%
 * half-width), marks the frontier, and writes the charts to reports/<model>-sweep/.
 */
import { extendsRootsOf, withExtendsRoot } from "../extends-root.js";
import type { CommandModule } from "yargs";
import { loadModels, overrideIssues } from "../../api/simulate.js";
import type { Model } from "../../model/compile/model.js";
import { PARAMETER_FORMS, resolveParameter, type Parameter } from "../../experiment/parameters.js";
import type { KpiDef } from "../../stats/result-types.js";
import { kpiDefsOfModel, MAX_SWEEP_POINTS, sweep, sweepSize, type SweepAxis, type SweepResult, type SweepRunOptions } from "../../experiment/sweep.js";
import type { ModelIssue } from "../../model/source/issues.js";
import { parseValues, splitVary } from "../../experiment/sweep-values.js";
import { tornado, tornadoValues, type TornadoResult } from "../../experiment/tornado.js";
import { buildFrontierSpec, buildSweepKpiSpec } from "../../report/specs/sweep.js";
import { buildTornadoSpec } from "../../report/specs/tornado.js";
// NOTE: the chart writer is imported when charts are written: it loads Vega and the PNG renderer.
import type { ChartFile, writeChartFolder } from "../../report/write-charts.js";
import { slugOf } from "../../report/write-target.js";
import { ALLOW_LONG_OPTION, overridesOf, workersOf, type ExperimentArgs } from "../experiment-options.js";
import { reportIssues, reportRunFailure, resultJson, writeFiles, writeJson } from "../experiment-output.js";
import { EXIT } from "../output.js";
import { inputFilesOf } from "../input-files.js";
import { chartFolderProblems, outputPathProblems, refuseOutputs, writeOutput } from "../output-paths.js";
import { startProgress, type Progress } from "../progress.js";
import { totalBudgetErrors } from "../run-budget.js";
import { SWEEP_FOLDER, chooseLanguage, withReportOptions, type ReportArgs } from "../report-output.js";
import { defaultSweepKpis, formatSweepTable, formatTornadoTable, sweepCsv, tornadoCsv } from "../sweep-output.js";
import { t } from "../../report/i18n/translate.js";
import { warningText } from "../../report/i18n/warnings.js";
import { pointsText, type PointRunWarning } from "../../experiment/point-warnings.js";

interface SweepArgs extends Omit<ExperimentArgs, "shard" | "all">, ReportArgs {
  model: string;
  vary: string[];
  oneAtATime: boolean;
  tornado?: number;
  kpi?: string[];
}

function fail(messages: readonly string[]): void {
  for (const message of messages) process.stderr.write(`procsim: ${message}\n`);
  process.exitCode = EXIT.invalid;
}

/** The axes of a sweep from `--vary PATH=VALUES`, or every problem at once. */
function sweepAxes(model: Model, varies: readonly string[]): SweepAxis[] | string[] {
  const axes: SweepAxis[] = [];
  const problems: string[] = [];
  for (const text of varies) {
    const split = splitVary(text);
    if (typeof split === "string") problems.push(split);
    else {
      try {
        const parameter = resolveParameter(model, split.path);
        const values = parseValues(split.values, parameter.integer);
        if (typeof values === "string") problems.push(`--vary ${split.path}: ${values}`);
        else if (axes.some((a) => a.parameter.path === parameter.path)) problems.push(`--vary ${split.path} is given twice`);
        else axes.push({ parameter, values });
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      }
    }
  }
  return problems.length > 0 ? problems : axes;
}

/** The inputs of a tornado from bare `--vary PATH`, or every problem at once. */
function tornadoInputs(model: Model, varies: readonly string[], change: number): Parameter[] | string[] {
  const inputs: Parameter[] = [];
  const problems: string[] = [];
  for (const path of varies) {
    try {
      if (path.includes("=")) throw new Error(`--tornado moves each input ±x% from the model's value: name it without values (--vary ${path.slice(0, path.lastIndexOf("="))})`);
      const parameter = resolveParameter(model, path);
      tornadoValues(parameter, change);
      inputs.push(parameter);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return problems.length > 0 ? problems : inputs;
}

/** The KPI keys to show: those named by --kpi, else the defaults; problems for unknown keys. */
function chosenKpis(defs: readonly KpiDef[], named: readonly string[] | undefined): { keys: string[]; problems: string[] } {
  if (!named || named.length === 0) return { keys: defaultSweepKpis(defs), problems: [] };
  const unknown = named.filter((key) => !defs.some((d) => d.key === key));
  const problems = unknown.map((key) => `--kpi ${key}: not a KPI of this model; e.g. ${defaultSweepKpis(defs).slice(0, 3).join(", ")}`);
  return { keys: [...named], problems };
}

async function writeSweepOutputs(args: SweepArgs, result: SweepResult, keys: readonly string[], currency: string | null): Promise<void> {
  if (args.json) writeOutput("JSON result", () => writeJson(args.json as string, result));
  if (args.csv) writeOutput("CSV table", () => writeFiles(args.csv as string, { "sweep.csv": sweepCsv(result) }));
  if (args.report === false) return;
  const charts: ChartFile[] = [];
  const kpis = buildSweepKpiSpec({ ...result, currency }, keys);
  if (kpis) charts.push({ id: "sweep-kpis", spec: kpis });
  const frontier = buildFrontierSpec({ ...result, currency });
  if (frontier) charts.push({ id: "frontier", spec: frontier });
  announce(await (await chartWriter())(`${slugOf(result.model)}-sweep`, { "sweep.json": resultJson(result), "sweep.csv": sweepCsv(result) }, charts, { command: "sweep", name: result.model }, chartOptions(args)));
}

async function writeTornadoOutputs(args: SweepArgs, result: TornadoResult, keys: readonly string[], currency: string | null): Promise<void> {
  if (args.json) writeOutput("JSON result", () => writeJson(args.json as string, result));
  if (args.csv) writeOutput("CSV table", () => writeFiles(args.csv as string, { "tornado.csv": tornadoCsv(result) }));
  if (args.report === false) return;
  const charts = keys.flatMap((key, i) => {
    const spec = buildTornadoSpec({ ...result, currency }, key);
    return spec ? [{ id: `tornado-${i + 1}`, spec }] : [];
  });
  announce(await (await chartWriter())(`${slugOf(result.model)}-tornado`, { "tornado.json": resultJson(result), "tornado.csv": tornadoCsv(result) }, charts, { command: "sweep", name: result.model }, chartOptions(args)));
}

/** Where and how the chart folder is written. */
function chartOptions(args: SweepArgs) {
  return { outDir: args.out, allowOutside: args.allowOutside, force: args.force, inputs: inputFilesOf([args.model]), caller: "cli" as const, png: args.png };
}

/** The chart writer, loaded on first use. */
async function chartWriter(): Promise<typeof writeChartFolder> {
  return (await import("../../report/write-charts.js")).writeChartFolder;
}

function announce(outcome: Awaited<ReturnType<typeof writeChartFolder>>): void {
  if (!outcome.ok) return fail(outcome.issues.map((issue) => `charts not written: ${issue.message}`));
  for (const warning of outcome.warnings) process.stderr.write(`procsim: chart warning: ${warning}\n`);
  process.stdout.write(`\n${t("terminal.charts", { dir: outcome.dir })}\n`);
}

/** The loaded model and run options, or null after printing why not. */
function prepare(args: SweepArgs): { model: Model; workers: number | undefined } | null {
  const workers = workersOf(args);
  if (typeof workers === "string") return fail([workers]), null;
  const invalid = overrideIssues(overridesOf(args));
  if (invalid.length > 0) return reportIssues(invalid), null;
  const inputs = inputFilesOf([args.model]);
  const kind = args.tornado !== undefined ? "tornado" : "sweep";
  const csvNames = [`${kind}.csv`];
  if (refuseOutputs(outputPathProblems(args, inputs, csvNames))) return null;
  const loaded = loadModels([args.model], extendsRootsOf(args));
  if (!loaded.ok) return reportIssues(loaded.issues), null;
  chooseLanguage(args, loaded.value[0]);
  reportIssues(loaded.warnings);
  const conflicts = overrideIssues(overridesOf(args), loaded.value[0]);
  if (conflicts.length > 0) return reportIssues(conflicts), null;
  // The model is loaded: its libraries and recorded arrivals are inputs too.
  const owner = { command: "sweep", name: loaded.value[0].name };
  if (refuseOutputs(chartFolderProblems(args, inputFilesOf([args.model]), `${slugOf(owner.name)}-${kind}`, owner, csvNames))) return null;
  return { model: loaded.value[0], workers };
}

/**
 * Reports what stopped a sweep or tornado before it ran: each refused value as a --vary
 * problem, anything else (the run budget) as a located issue; exit code 2.
 */
function refuse(issues: readonly ModelIssue[]): void {
  fail(issues.flatMap((issue) => (issue.code === "invalidSetting" ? [`--vary ${issue.message}`] : [])));
  reportIssues(issues.filter((issue) => issue.code !== "invalidSetting"));
}

/** Prints the points' run warnings (of `total` points), each once with the points that gave it, in the style of run's warnings. */
function reportPointWarnings(warnings: readonly PointRunWarning[], total: number): void {
  for (const { text, points } of warnings) {
    process.stderr.write(`${t("terminal.warning", { text: t("sweep.atPoints", { points: pointsText(points, total), text: warningText(text) }) })}\n`);
  }
}

/** The run options of a sweep or tornado: overrides, workers, progress, and the run budget over all its runs. */
function runOptions(args: SweepArgs, workers: number | undefined, progress: Progress): SweepRunOptions {
  const budget = { allowLong: args.allowLong === true, workers };
  return { ...overridesOf(args), workers, onProgress: progress.update, beforeRun: (models) => totalBudgetErrors(models, {}, budget) };
}

async function runSweep(args: SweepArgs, model: Model, workers: number | undefined): Promise<void> {
  const axes = sweepAxes(model, args.vary);
  const kpis = chosenKpis(kpiDefsOfModel(model), args.kpi);
  const problems = [...(isProblems(axes) ? axes : []), ...kpis.problems];
  if (problems.length > 0 || isProblems(axes)) return fail(problems);
  const mode = args.oneAtATime ? "oneAtATime" : "factorial";
  const size = sweepSize(axes, mode);
  if (size > MAX_SWEEP_POINTS) return fail([`the sweep has ${size} points; at most ${MAX_SWEEP_POINTS} (use fewer values, or --one-at-a-time)`]);
  const progress = startProgress(`Sweep of ${size} points`, true);
  try {
    const outcome = await sweep(model, axes, mode, runOptions(args, workers, progress));
    progress.stop();
    if (!outcome.ok) return refuse(outcome.issues);
    reportIssues(outcome.warnings);
    process.stdout.write(`${formatSweepTable(outcome.value, kpis.keys)}\n`);
    reportPointWarnings(outcome.value.warnings, outcome.value.points.length);
    await writeSweepOutputs(args, outcome.value, kpis.keys, model.currency ?? null);
  } finally {
    progress.stop();
  }
}

async function runTornado(args: SweepArgs, model: Model, workers: number | undefined, percent: number): Promise<void> {
  const inputs = tornadoInputs(model, args.vary, percent / 100);
  const kpis = chosenKpis(kpiDefsOfModel(model), args.kpi ?? ["overall/waitTime.mean"]);
  const problems = [...(isProblems(inputs) ? inputs : []), ...kpis.problems];
  if (problems.length > 0 || isProblems(inputs)) return fail(problems);
  const progress = startProgress(`Tornado of ${inputs.length} inputs`, true);
  try {
    const outcome = await tornado(model, inputs, percent / 100, runOptions(args, workers, progress));
    progress.stop();
    if (!outcome.ok) return refuse(outcome.issues);
    const result = outcome.value;
    reportIssues(outcome.warnings);
    process.stdout.write(`${kpis.keys.map((key) => formatTornadoTable(result, key)).join("\n\n")}\n`);
    reportPointWarnings(result.warnings, 1 + 2 * result.inputs.length);
    await writeTornadoOutputs(args, result, kpis.keys, model.currency ?? null);
  } finally {
    progress.stop();
  }
}

/** Smallest --tornado move, percent: below it a setting cannot differ from the model's value in any way a planner could act on. */
const MIN_TORNADO_PERCENT = 0.1;

const isProblems = (list: readonly unknown[]): list is string[] => list.length > 0 && typeof list[0] === "string";

async function handler(args: SweepArgs): Promise<void> {
  if (args.tornado !== undefined && !(args.tornado >= MIN_TORNADO_PERCENT && args.tornado < 100)) {
    return fail([`--tornado expects a percentage from ${MIN_TORNADO_PERCENT} to below 100, e.g. 10; got ${args.tornado}`]);
  }
  const prepared = prepare(args);
  if (!prepared) return;
  try {
    if (args.tornado !== undefined) await runTornado(args, prepared.model, prepared.workers, args.tornado);
    else await runSweep(args, prepared.model, prepared.workers);
  } catch (error) {
    if (!reportRunFailure(error)) throw error;
  }
}

/** The `sweep` command. */
export const sweepCommand: CommandModule<object, SweepArgs> = {
  command: "sweep <model>",
  describe: "Run a model over ranges of its numeric parameters (common random numbers): KPI curves, cost/service frontier, tornado",
  builder: (yargs) =>
    withReportOptions(
      withExtendsRoot(yargs)
        .positional("model", { type: "string", demandOption: true, describe: "Model or proposal YAML file" })
        .option("vary", { type: "string", array: true, demandOption: true, describe: `PARAMETER=VALUES (a..b, a..b:step or a,b,c); PARAMETER is one of ${PARAMETER_FORMS.join(", ")}` })
        .option("one-at-a-time", { type: "boolean", default: false, describe: "Vary one parameter at a time, the others at the model's values (default: every combination)" })
        .option("tornado", { type: "number", describe: "PCT: move each --vary PARAMETER (given without values) ±PCT% on its own and chart the KPI changes" })
        .option("kpi", { type: "string", array: true, describe: "KPI keys to print and chart (default: mean wait, service levels, utilisation, cost)" })
        .option("replications", { alias: "r", type: "number", describe: "Replications per point (overrides run.replications)" })
        .option("seed", { alias: "s", type: "number", describe: "Master seed, the same for every point (overrides run.seed)" })
        .option("horizon", { type: "string", describe: "Simulated time, e.g. 5d, 8h (overrides run.horizon)" })
        .option("workers", { alias: "w", type: "number", describe: "Worker threads (default: available cores; 1 = in-process)" })
        .option("allow-long", ALLOW_LONG_OPTION)
        .option("json", { type: "string", describe: "Write every point with every KPI as JSON to this file" })
        .option("csv", { type: "string", describe: "Write every point and KPI as CSV into this folder" })
        .example('$0 sweep scenarios/branch-counter.yaml --vary "pools.tellers.capacity=2..8"', "staffing curve from 2 to 8 tellers")
        .example('$0 sweep scenarios/branch-counter.yaml --tornado 10 --vary arrivals.walk-in.scale --vary steps.counter.duration.mean', "which input matters most"),
      SWEEP_FOLDER,
    ) as never,
  handler,
};
