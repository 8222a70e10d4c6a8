/**
 * Formats benchmark measurements as a plain-text table: wall time against target, events
 * and cases per second, peak memory, and the reference figures for the same model.
 */
import type { BenchCase, BenchMeasurement } from "./bench-case.js";

const COLUMNS = ["case", "wall", "cpu", "target", "events/s", "cases/s", "peak RSS", "reference"] as const;

function perSecond(count: number, seconds: number): string {
  if (count === 0 || seconds <= 0) return "–";
  const rate = count / seconds;
  return rate >= 1e6 ? `${(rate / 1e6).toFixed(2)} M` : `${(rate / 1e3).toFixed(0)} k`;
}

function verdict(c: BenchCase, m: BenchMeasurement): string {
  if (c.targetSeconds === null) return "–";
  return `≤ ${c.targetSeconds} s ${m.wallSeconds <= c.targetSeconds ? "met" : "MISSED"}`;
}

/** One table row of a measured case. */
export function rowOf(c: BenchCase, m: BenchMeasurement): string[] {
  return [
    c.title,
    `${m.wallSeconds.toFixed(3)} s`,
    `${m.cpuSeconds.toFixed(3)} s`,
    verdict(c, m),
    perSecond(m.events, m.wallSeconds),
    perSecond(m.cases, m.wallSeconds),
    `${m.peakRssMb.toFixed(0)} MB`,
    [c.reference, ...Object.entries(m.extra ?? {}).map(([k, v]) => `${k}: ${v}`)].join("; "),
  ];
}

/** Left-aligned text table with a header rule. */
export function formatTable(rows: readonly string[][]): string {
  const all = [[...COLUMNS], ...rows];
  const widths = COLUMNS.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  const line = (r: readonly string[]) => r.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd();
  return [line(all[0]), widths.map((w) => "-".repeat(w)).join("  "), ...all.slice(1).map(line)].join("\n");
}
