/**
 * What the CSV and XES event logs share: simulated minutes as calendar timestamps, and text
 * collected into chunks handed to a sink (a file being written), so a long log is streamed,
 * never held whole.
 *
 * Simulated minute 0 is Monday 00:00 of the model's first day; the logs place it on Monday
 * 1 January 2024 (UTC), so minute 600 of day 3 (a Wednesday) is 2024-01-03T10:00:00.000Z and a
 * process-mining tool shows the bank's weekdays and opening hours as they were simulated.
 */

/** 2024-01-01T00:00:00Z, a Monday: the timestamp of simulated minute 0. */
export const LOG_EPOCH_MS = Date.UTC(2024, 0, 1);

/** The ISO 8601 timestamp (UTC, milliseconds) of simulated minute `minutes`. */
export function logTimestamp(minutes: number): string {
  return new Date(LOG_EPOCH_MS + Math.round(minutes * 60_000)).toISOString();
}

/** Characters gathered before they are handed to the sink. */
const CHUNK_CHARS = 1 << 16;

/** Collects text and hands it to `sink` in chunks of about 64 K characters. */
export class ChunkedText {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly sink: (chunk: string) => void) {}

  /** Appends text; passes a full chunk on. */
  push(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_CHARS) this.flush();
  }

  /** Hands whatever is gathered to the sink. */
  flush(): void {
    if (this.size === 0) return;
    this.sink(this.parts.join(""));
    this.parts = [];
    this.size = 0;
  }
}
