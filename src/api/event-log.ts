/**
 * The event log of one replication, for process-mining tools and analyses of one's own: one
 * record per case and step visit, as CSV or XES, streamed to a sink as the run goes.
 *
 * `writeEventLog(model, { format: "xes", write: (chunk) => file.write(chunk) })` replays
 * replication 0 of the loan factory — the same numbers as replication 0 of any study of that
 * model and seed — and writes one trace per application (schedule, start and complete of
 * every step it took). A million-case run holds only the cases still in the process.
 */
import { compileModel } from "../model/compile/compile.js";
import type { Model } from "../model/compile/model.js";
import { runReplication } from "../experiment/replicate.js";
import { EventLogObserver, type CaseNotice, type CaseOutcome, type EventLogLayout, type EventLogWriter, type StepVisit } from "../stats/event-log-observer.js";
import { CsvEventLog } from "../report/event-log-csv.js";
import { XesEventLog } from "../report/event-log-xes.js";
import type { CompiledModel } from "../model/compile/compiled.js";
import { EVENT_LOG_KEYS } from "./option-tables.js";
import { isOptionsObject, optionProblems, refuseAllOptionProblems } from "./unknown-options.js";

export type { StepVisit, VisitOutcome, CaseOutcome, CaseNotice, NoticeKind } from "../stats/event-log-observer.js";
export { EVENT_LOG_CSV_HEADER } from "../report/event-log-csv.js";

/** The formats of the event log. */
export const EVENT_LOG_FORMATS = ["csv", "xes"] as const;
/** csv (one row per step visit) or xes (IEEE 1849-2016, one trace per case). */
export type EventLogFormat = (typeof EVENT_LOG_FORMATS)[number];

/** Options of `writeEventLog`. */
export interface EventLogOptions {
  readonly format: EventLogFormat;
  /** The replication to log, 0-based (default 0). */
  readonly replication?: number;
  /** Receives the log's text in order, in chunks of about 64 K characters. */
  readonly write: (chunk: string) => void;
}

/** What was logged. */
export interface EventLogSummary {
  readonly cases: number;
  readonly visits: number;
  /** Simulated minute the replication ended. */
  readonly endTime: number;
}

function layoutOf(compiled: CompiledModel): EventLogLayout {
  const { steps, pools } = compiled;
  const stepPools = steps.names.map((_, s) => {
    const names: string[] = [];
    for (let i = steps.needStart[s]; i < steps.needStart[s + 1]; i++) names.push(pools[steps.needPool[i]].name);
    return names.join(" + ");
  });
  return { classes: compiled.classes, steps: steps.names, stepPools, ...(compiled.admission ? { admission: true } : {}) };
}

/** Counts what passes through to the format's writer. */
class CountingWriter implements EventLogWriter {
  visits = 0;
  cases = 0;
  constructor(private readonly inner: EventLogWriter) {}
  visit(visit: StepVisit): void {
    this.visits++;
    this.inner.visit(visit);
  }
  notice(notice: CaseNotice): void {
    this.inner.notice(notice);
  }
  caseEnded(caseId: number, outcome: CaseOutcome, t: number): void {
    this.cases++;
    this.inner.caseEnded(caseId, outcome, t);
  }
  finish(t: number, inProgress: readonly number[]): void {
    this.cases += inProgress.length;
    this.inner.finish(t, inProgress);
  }
}

/** Why the options cannot be used: one sentence per invalid value, naming what can be used (empty when all are valid). */
function optionsProblems(model: Model, options: EventLogOptions): string[] {
  const problems: string[] = [];
  const format: unknown = options.format;
  if (!(EVENT_LOG_FORMATS as readonly unknown[]).includes(format)) {
    const lower = typeof format === "string" ? format.toLowerCase() : null;
    const hint = lower !== null && (EVENT_LOG_FORMATS as readonly string[]).includes(lower) ? ` (formats are written in lower case: "${lower}")` : "";
    problems.push(`writeEventLog: format must be "csv" or "xes", got ${typeof format === "string" ? JSON.stringify(format) : String(format)}${hint}`);
  }
  if (typeof options.write !== "function") problems.push("writeEventLog: write must be a function that receives the log's text, chunk by chunk");
  const replication = options.replication ?? 0;
  if (!(Number.isInteger(replication) && replication >= 0 && replication < model.run.replications)) {
    problems.push(`the replication to log must be a whole number from 0 to ${model.run.replications - 1}, got ${replication}`);
  }
  return problems;
}

/**
 * Runs one replication of `model` and writes its event log to `options.write`.
 * @throws TypeError for an option other than format, replication and write (with every invalid
 * value in the same message); RangeError naming every invalid value when all keys are known: a
 * format other than "csv" or "xes", a missing write, a replication outside the model's
 * replications (nothing is written); SimulationError when the run fails (as the study itself would).
 */
export function writeEventLog(model: Model, options: EventLogOptions): EventLogSummary {
  refuseAllOptionProblems("writeEventLog", optionProblems("writeEventLog", options, EVENT_LOG_KEYS), isOptionsObject(options) ? optionsProblems(model, options) : []);
  const replication = options.replication ?? 0;
  const compiled = compileModel(model);
  const format = options.format === "xes" ? new XesEventLog(options.write, model.name, replication) : new CsvEventLog(options.write);
  const writer = new CountingWriter(format);
  const outcome = runReplication(compiled, replication, { observer: new EventLogObserver(layoutOf(compiled), writer) });
  return { cases: writer.cases, visits: writer.visits, endTime: outcome.endTime };
}
