/**
 * The event log as CSV: one row per case and step visit, streamed as the run goes.
 *
 * `case,class,step,pools,outcome,arrivalMinute,reachedMinute,startMinute,endMinute,reached,start,end`
 * `812,business,review,analysts,completed,602,602,640,715,2024-01-01T10:02:00.000Z,…`
 * The minutes are for computing (waits are start − reached); the timestamps are for
 * process-mining tools that import CSV (start and end per activity). A visit that never
 * started (abandoned, sent away) has empty start cells. A notice (a case that came back at
 * opening, a late part of a first-of join) is a row at one instant whose step cell is the
 * activity "<step>: <notice>" and whose outcome is the notice:
 * `812,business,review: came back,analysts,came back,602,1980,1980,1980,…`.
 */
import { noticeActivity, type CaseNotice, type CaseOutcome, type EventLogWriter, type StepVisit } from "../stats/event-log-observer.js";
import { csvCell } from "./csv-cell.js";
import { ChunkedText, logTimestamp } from "./event-log-format.js";

/** The header row of the CSV event log (also how procsim recognises its own file). */
export const EVENT_LOG_CSV_HEADER = "case,class,step,pools,outcome,arrivalMinute,reachedMinute,startMinute,endMinute,reached,start,end";

/** Writes visits as CSV rows to a sink; see the module comment. */
export class CsvEventLog implements EventLogWriter {
  private readonly text: ChunkedText;

  constructor(sink: (chunk: string) => void) {
    this.text = new ChunkedText(sink);
    this.text.push(`${EVENT_LOG_CSV_HEADER}\n`);
  }

  visit(v: StepVisit): void {
    const start = v.start === null ? ["", ""] : [String(v.start), logTimestamp(v.start)];
    const cells = [
      String(v.caseId), csvCell(v.caseClass), csvCell(v.step), csvCell(v.pools), v.outcome.includes(",") ? csvCell(v.outcome) : v.outcome,
      String(v.arrival), String(v.reached), start[0], String(v.end), logTimestamp(v.reached), start[1], logTimestamp(v.end),
    ];
    this.text.push(`${cells.join(",")}\n`);
  }

  /** A notice is a row of its own: activity "<step>: <notice>", outcome the notice, reached = start = end. */
  notice(n: CaseNotice): void {
    const at = logTimestamp(n.at);
    const cells = [
      String(n.caseId), csvCell(n.caseClass), csvCell(noticeActivity(n)), csvCell(n.pools), n.kind,
      String(n.arrival), String(n.at), String(n.at), String(n.at), at, at, at,
    ];
    this.text.push(`${cells.join(",")}\n`);
  }

  caseEnded(_caseId: number, _outcome: CaseOutcome, _t: number): void {}

  finish(): void {
    this.text.flush();
  }
}
