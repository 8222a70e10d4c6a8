/**
 * `procsim staff MODEL`: the cheapest shift roster for one pool that meets a service level in
 * every planning interval, verified by simulation; `--evaluate ROSTER` scores a given roster.
 *
 * `procsim staff scenarios/branch-counter.yaml --interval 30 --shift-lengths 8h,4h` takes the
 * target from the model's first service level (80% within 5 minutes at the counter), staffs
 * each half hour by Erlang C on the modified offered load, solves the shift cover, simulates
 * the roster and raises intervals whose lower 95% bound misses, then prints the roster, its
 * cost and the per-interval table.
 */
import { extendsRootsOf, withExtendsRoot, type ExtendsRootArgs } from "../extends-root.js";
import type { CommandModule } from "yargs";
import { loadModels, overrideIssues } from "../../api/simulate.js";
import type { Model } from "../../model/compile/model.js";
import { toShare } from "../../model/schema/units.js";
import { evaluateRoster, planStaff, slotProblem, type StaffRequest } from "../../experiment/staffing/planner.js";
import { parseRoster } from "../../experiment/staffing/roster.js";
import type { MeasuredTarget } from "../../experiment/staffing/verify.js";
import { ALLOW_LONG_OPTION, overridesOf, parseHorizon, workersOf, type ExperimentArgs } from "../experiment-options.js";
import { reportIssues, reportRunFailure, resultJson, writeJson } from "../experiment-output.js";
import { chartFolderProblems, refuseOutputs, writeOutput } from "../output-paths.js";
import { inputFilesOf } from "../input-files.js";
import { staffLimitProblems } from "../staff-limits.js";
import { EXIT } from "../output.js";
import { startProgress } from "../progress.js";
import { totalBudgetErrors } from "../run-budget.js";
import { STAFF_FOLDER, chooseLanguage, withReportOptions, type ReportArgs } from "../report-output.js";
import { formatStaffTable } from "../staff-output.js";
import { parseBreak, parsePartTime } from "../staff-rules.js";
import { buildServiceLevelSpec, buildStaffingSpec } from "../../report/specs/staffing.js";
// NOTE: the chart writer is imported when charts are written: it loads Vega and the PNG renderer.
import type { ChartFile } from "../../report/write-charts.js";
import { slugOf } from "../../report/write-target.js";
import type { StaffPlan } from "../../experiment/staffing/planner.js";
import { t } from "../../report/i18n/translate.js";

interface StaffArgs extends Pick<ExperimentArgs, "replications" | "seed" | "horizon" | "workers" | "json" | "allowLong">, ReportArgs, ExtendsRootArgs {
  model: string;
  pool?: string;
  target?: string;
  interval: number;
  shiftLengths: string;
  startEvery?: string;
  minStaff: number;
  maxStaff: number;
  costPerHour?: number;
  rounds: number;
  evaluate?: string;
  break?: string;
  partTime?: string;
}

function fail(messages: readonly string[]): void {
  for (const message of messages) process.stderr.write(`procsim: ${message}\n`);
  process.exitCode = EXIT.invalid;
}

/** `80%@5min` → the target; a message when malformed. */
export function parseTarget(text: string): { share: number; maxWait: number } | string {
  const [share, wait] = text.split("@");
  const value = { share: share === undefined ? Number.NaN : toShare(share.trim()), maxWait: wait === undefined ? Number.NaN : parseHorizon(wait) };
  return value.share > 0 && value.share < 1 && value.maxWait >= 0 ? value : `--target expects SHARE@WAIT, e.g. 80%@5min; got "${text}"`;
}

/** The pool and target: given, or from the model's first service level. */
function poolAndTarget(model: Model, args: StaffArgs): { pool: string; target: MeasuredTarget } | string[] {
  const level = model.serviceLevels[0];
  const levelStep = level?.step ? model.steps.find((s) => s.name === level.step) : undefined;
  const pool = args.pool ?? levelStep?.resources[0]?.resource ?? (model.resources.length === 1 ? model.resources[0].name : undefined);
  // A service level of one class is judged on that class's cases only.
  const target = args.target !== undefined ? parseTarget(args.target) : level ? { share: level.target, maxWait: level.maxWait, ...(level.class === null ? {} : { class: level.class }) } : "the model has no service level: give --target SHARE@WAIT, e.g. 80%@5min";
  const problems: string[] = [];
  if (pool === undefined) problems.push(`name the pool to staff with --pool (one of ${model.resources.map((r) => JSON.stringify(r.name)).join(", ")})`);
  else if (!model.resources.some((r) => r.name === pool)) problems.push(`--pool ${pool}: no such pool; the model has ${model.resources.map((r) => JSON.stringify(r.name)).join(", ")}`);
  if (typeof target === "string") problems.push(target);
  return problems.length > 0 || pool === undefined || typeof target === "string" ? problems : { pool, target };
}

function requestOf(model: Model, args: StaffArgs): StaffRequest | string[] {
  const chosen = poolAndTarget(model, args);
  if (Array.isArray(chosen)) return chosen;
  const problems: string[] = [];
  if (![15, 30, 60].includes(args.interval)) problems.push(`--interval must be 15, 30 or 60 minutes, got ${args.interval}`);
  else if (!model.calendar.always) {
    const misfit = slotProblem(model.calendar.open, args.interval);
    if (misfit !== null) problems.push(`--interval ${args.interval}: ${misfit}`);
  }
  const lengths = args.shiftLengths.split(",").map((t) => parseHorizon(t));
  if (lengths.some((l) => !(l > 0) || l % args.interval !== 0)) problems.push(`--shift-lengths must be durations in whole intervals of ${args.interval} min, e.g. 8h,4h; got "${args.shiftLengths}"`);
  const startEvery = args.startEvery === undefined ? args.interval : parseHorizon(args.startEvery);
  if (!(startEvery > 0) || startEvery % args.interval !== 0) problems.push(`--start-every must be a whole number of intervals, e.g. 30min; got "${args.startEvery}"`);
  if (!(Number.isInteger(args.minStaff) && Number.isInteger(args.maxStaff) && 0 <= args.minStaff && args.minStaff <= args.maxStaff)) problems.push(`--min-staff and --max-staff must be whole numbers with 0 ≤ min ≤ max, got ${args.minStaff} and ${args.maxStaff}`);
  problems.push(...staffLimitProblems(args));
  const costPerHour = args.costPerHour ?? model.resources.find((r) => r.name === chosen.pool)?.costPerHour ?? 0;
  const breaks = args.break === undefined ? undefined : parseBreak(args.break, args.interval);
  const partTime = args.partTime === undefined ? undefined : parsePartTime(args.partTime);
  for (const rule of [breaks, partTime]) if (typeof rule === "string") problems.push(rule);
  if (problems.length > 0 || typeof breaks === "string" || typeof partTime === "string") return problems;
  const rules = { lengths, startEvery, costPerHour, minStaff: args.minStaff, maxStaff: args.maxStaff, ...(breaks ? { breaks } : {}), ...(partTime ? { partTime } : {}) };
  return { ...chosen, width: args.interval, rounds: args.rounds, rules };
}

async function writeStaffCharts(args: StaffArgs, plan: StaffPlan): Promise<void> {
  if (args.report === false) return;
  const charts: ChartFile[] = [{ id: "staffing", spec: buildStaffingSpec(plan) }];
  const levels = buildServiceLevelSpec(plan);
  if (levels) charts.push({ id: "service-level", spec: levels });
  const { writeChartFolder } = await import("../../report/write-charts.js");
  const options = { outDir: args.out, allowOutside: args.allowOutside, force: args.force, inputs: inputFilesOf([args.model]), caller: "cli" as const, png: args.png };
  const outcome = await writeChartFolder(`${slugOf(plan.model)}-staff`, { "staff.json": resultJson(plan) }, charts, { command: "staff", name: plan.model }, options);
  if (!outcome.ok) return fail(outcome.issues.map((issue) => `charts not written: ${issue.message}`));
  for (const warning of outcome.warnings) process.stderr.write(`procsim: chart warning: ${warning}\n`);
  process.stdout.write(`\n${t("terminal.charts", { dir: outcome.dir })}\n`);
}

async function handler(args: StaffArgs): Promise<void> {
  const workers = workersOf(args);
  if (typeof workers === "string") return fail([workers]);
  const overrides = overridesOf(args);
  const invalid = overrideIssues(overrides);
  if (invalid.length > 0) return reportIssues(invalid);
  const loaded = loadModels([args.model], extendsRootsOf(args));
  if (!loaded.ok) return reportIssues(loaded.issues);
  const model = loaded.value[0];
  chooseLanguage(args, model);
  reportIssues(loaded.warnings);
  const request = requestOf(model, args);
  if (Array.isArray(request)) return fail(request);
  const inputs = inputFilesOf([args.model]);
  if (refuseOutputs(chartFolderProblems(args, inputs, `${slugOf(model.name)}-staff`, { command: "staff", name: model.name }))) return;
  const roster = args.evaluate === undefined ? null : parseRoster(args.evaluate, model.calendar.always);
  if (typeof roster === "string") return fail([`--evaluate: ${roster}`]);
  // Planning simulates the roster once a round (at most --rounds times); evaluating, once.
  const runs: readonly Model[] = Array.from({ length: roster ? 1 : request.rounds }, () => model);
  const overBudget = totalBudgetErrors(runs, overrides, { allowLong: args.allowLong === true, workers });
  if (overBudget.length > 0) return reportIssues(overBudget);
  const progress = startProgress(roster ? "Evaluating the roster" : "Staffing", true);
  try {
    const options = { ...overrides, workers, onProgress: progress.update };
    const outcome = roster ? await evaluateRoster(model, request, roster, options) : await planStaff(model, request, options);
    progress.stop();
    if (!outcome.ok) return fail([outcome.message]);
    reportIssues(outcome.warnings);
    process.stdout.write(`${formatStaffTable(outcome.plan, roster !== null)}\n`);
    if (args.json) writeOutput("JSON plan", () => writeJson(args.json as string, outcome.plan));
    await writeStaffCharts(args, outcome.plan);
  } catch (error) {
    progress.stop();
    if (!reportRunFailure(error)) throw error;
  }
}

/** The `staff` command. */
export const staffCommand: CommandModule<object, StaffArgs> = {
  command: "staff <model>",
  describe: "Cheapest shift roster meeting a service level in every interval (Erlang seed, shift cover, simulation check)",
  builder: (yargs) =>
    withReportOptions(withExtendsRoot(yargs), STAFF_FOLDER)
      .positional("model", { type: "string", demandOption: true, describe: "Model with time-of-day demand" })
      .option("pool", { type: "string", describe: "Pool to staff (default: the pool of the first service level's step)" })
      .option("target", { type: "string", describe: "SHARE@WAIT, e.g. 80%@5min (default: the model's first service level)" })
      .option("interval", { type: "number", default: 30, describe: "Planning interval: 15, 30 or 60 minutes" })
      .option("shift-lengths", { type: "string", default: "8h", describe: "Allowed shift lengths, e.g. 8h,4h" })
      .option("start-every", { type: "string", describe: "Shifts start every …, e.g. 30min (default: the interval)" })
      .option("min-staff", { type: "number", default: 1, describe: "Fewest on duty in any open interval" })
      .option("max-staff", { type: "number", default: 30, describe: "Most on duty in any interval" })
      .option("break", { type: "string", describe: "LENGTH/MIN-SHIFT: a paid break in long shifts, e.g. 30min/6h (placed by the solver, 2 h from either end)" })
      .option("part-time", { type: "string", describe: "MAX-LENGTH:MAX-SHARE: shifts this short are part-time, at most this share of people, e.g. 4h:30%" })
      .option("cost-per-hour", { type: "number", describe: "Cost of one person-hour (default: the pool's costPerHour)" })
      .option("rounds", { type: "number", default: 8, describe: "Most simulate-and-re-solve rounds" })
      .option("evaluate", { type: "string", describe: "Score this roster instead of planning one, e.g. 5@09:00-17:00/12:00-12:30,3@11:00-15:00 (24/7: 3@22:00-06:00)" })
      .option("replications", { alias: "r", type: "number", describe: "Replications per simulation (overrides run.replications)" })
      .option("seed", { alias: "s", type: "number", describe: "Master seed (overrides run.seed)" })
      .option("horizon", { type: "string", describe: "Simulated time (overrides run.horizon)" })
      .option("workers", { alias: "w", type: "number", describe: "Worker threads (default: available cores)" })
      .option("allow-long", ALLOW_LONG_OPTION)
      .option("json", { type: "string", describe: "Write the plan as JSON to this file" })
      .example("$0 staff scenarios/branch-counter.yaml --interval 30 --shift-lengths 8h,4h", "cheapest roster of tellers")
      .example('$0 staff scenarios/branch-counter.yaml --evaluate "5@09:00-17:00,3@11:00-14:00"', "score today's roster") as never,
  handler,
};
