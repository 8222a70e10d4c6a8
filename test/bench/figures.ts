/**
 * The bench's verdict table: each figure with what was measured, its target and PASS/MISS.
 *
 * "procsim --help: 1.8× the runtime floor (CPU), target ≤ 2×, PASS" is one `Figure`; figures
 * without a target (the floor itself, the parallel ceiling) print "info".
 */

/** One line of the verdict table. */
export interface Figure {
  readonly name: string;
  /** The measured value as the target states it, e.g. "1.84× floor". */
  readonly measured: string;
  /** The target, e.g. "≤ 2× floor", or "" for an informational figure. */
  readonly target: string;
  /** null for an informational figure. */
  readonly pass: boolean | null;
  /** Supporting numbers, e.g. "cpu 0.21 s vs floor 0.11 s; wall 0.25 s". */
  readonly detail: string;
}

/** Formats seconds as "0.123 s". */
export function sec(seconds: number): string {
  return `${seconds.toFixed(3)} s`;
}

/** Formats a ratio as "1.23×". */
export function times(ratio: number): string {
  return `${ratio.toFixed(2)}×`;
}

/** Formats MiB as "45 MiB". */
export function mib(megabytes: number): string {
  return `${megabytes.toFixed(0)} MiB`;
}

/** A figure with a target: PASS when `ok`. */
export function judged(name: string, measured: string, target: string, ok: boolean, detail: string): Figure {
  return { name, measured, target, pass: ok, detail };
}

/** A figure without a target. */
export function info(name: string, measured: string, detail: string): Figure {
  return { name, measured, target: "", pass: null, detail };
}

/** Left-aligned table: figure, measured, target, verdict, detail. */
export function formatFigures(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [f.name, f.measured, f.target, f.pass === null ? "info" : f.pass ? "PASS" : "MISS", f.detail]);
  const all = [["figure", "measured", "target", "", "detail"], ...rows];
  const widths = all[0].map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: readonly string[]) => r.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd();
  return [line(all[0]), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
