/**
 * The event log as XES (IEEE 1849-2016), the exchange format of process-mining tools: one
 * trace per case, written when the case leaves, so only the cases still in the process are
 * held in memory.
 *
 * Application #812 becomes a <trace> named "812" with its class and outcome, holding, per
 * step visit, a "schedule" event when it reached the step, "start" when it was served and
 * "complete" when it left it (or "withdraw" when it abandoned or was sent away before being
 * served), each with the step as concept:name, the pools as org:resource and the time as
 * time:timestamp. A notice (the case came back at opening; a late part's case left, or the
 * part was withdrawn) is one "complete" event of the activity "<step>: <notice>", e.g.
 * "review: came back". Cases still in the process when the replication ends are written last, with
 * the outcome "in progress", in case order.
 */
import { noticeActivity, type CaseNotice, type CaseOutcome, type EventLogWriter, type StepVisit } from "../stats/event-log-observer.js";
import { ChunkedText, logTimestamp } from "./event-log-format.js";

/** The XML text of an attribute value. */
function xmlText(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

const str = (key: string, value: string) => `<string key="${key}" value="${xmlText(value)}"/>`;

function event(step: string, pools: string, transition: string, minutes: number): string {
  const resource = pools === "" ? "" : str("org:resource", pools);
  return `<event>${str("concept:name", step)}${str("lifecycle:transition", transition)}<date key="time:timestamp" value="${logTimestamp(minutes)}"/>${resource}</event>\n`;
}

/** The log's head: extensions, globals, the activity classifier and the model's name. */
function head(model: string, replication: number): string {
  const ext = (name: string, prefix: string) => `<extension name="${name}" prefix="${prefix}" uri="http://www.xes-standard.org/${prefix}.xesext"/>\n`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<log xes.version="2.0" xes.features="">\n',
    ext("Concept", "concept"), ext("Time", "time"), ext("Lifecycle", "lifecycle"), ext("Organizational", "org"),
    `<global scope="trace">${str("concept:name", "")}</global>\n`,
    `<global scope="event">${str("concept:name", "")}${str("lifecycle:transition", "complete")}<date key="time:timestamp" value="${logTimestamp(0)}"/></global>\n`,
    '<classifier name="Activity" keys="concept:name"/>\n',
    '<classifier name="ActivityLifecycle" keys="concept:name lifecycle:transition"/>\n',
    `${str("concept:name", model)}\n<int key="procsim:replication" value="${replication}"/>\n`,
  ].join("");
}

/** Writes one trace per case to a sink; see the module comment. */
export class XesEventLog implements EventLogWriter {
  private readonly text: ChunkedText;
  /** Events of the cases still in the process, and their class. */
  private readonly open = new Map<number, { caseClass: string; events: string[] }>();

  constructor(sink: (chunk: string) => void, model: string, replication: number) {
    this.text = new ChunkedText(sink);
    this.text.push(head(model, replication));
  }

  visit(v: StepVisit): void {
    const trace = this.traceOf(v.caseId, v.caseClass);
    trace.events.push(event(v.step, v.pools, "schedule", v.reached));
    if (v.start === null) trace.events.push(event(v.step, v.pools, "withdraw", v.end));
    else trace.events.push(event(v.step, v.pools, "start", v.start), event(v.step, v.pools, "complete", v.end));
  }

  /** A notice is one event of its own activity, "<step>: <notice>", with lifecycle complete. */
  notice(n: CaseNotice): void {
    this.traceOf(n.caseId, n.caseClass).events.push(event(noticeActivity(n), n.pools, "complete", n.at));
  }

  caseEnded(caseId: number, outcome: CaseOutcome): void {
    this.writeTrace(caseId, outcome);
  }

  finish(_t: number, inProgress: readonly number[]): void {
    for (const caseId of inProgress) this.writeTrace(caseId, "in progress");
    this.text.push("</log>\n");
    this.text.flush();
  }

  private traceOf(caseId: number, caseClass: string): { caseClass: string; events: string[] } {
    let trace = this.open.get(caseId);
    if (trace === undefined) {
      trace = { caseClass, events: [] };
      this.open.set(caseId, trace);
    }
    return trace;
  }

  private writeTrace(caseId: number, outcome: CaseOutcome): void {
    const trace = this.open.get(caseId);
    this.open.delete(caseId);
    const caseClass = trace === undefined ? "" : `${str("procsim:class", trace.caseClass)}`;
    this.text.push(`<trace>${str("concept:name", String(caseId))}${caseClass}${str("procsim:outcome", outcome)}\n${(trace?.events ?? []).join("")}</trace>\n`);
  }
}
