/**
 * Writing a chart folder: charts as Vega-Lite JSON, SVG and PNG, beside the data files.
 *
 * `procsim sweep branch-counter.yaml --vary pools.tellers.capacity=2..8` writes
 * reports/branch-counter-one-business-day-sweep/ with sweep.json, sweep.csv,
 * sweep-kpis.vl.json/.svg/.png and frontier.vl.json/.svg/.png; the same folder checks as a
 * report apply (inside the working directory, never into a folder procsim did not create),
 * and the folder is replaced whole (an earlier sweep survives a failed or interrupted write).
 * Its marker names the command and model (`owner`): a folder another command or model wrote
 * is refused unless `force`.
 */
import type { TopLevelSpec } from "vega-lite";
import type { WriteReportOptions, WriteReportResult } from "./write.js";
import { replaceFolderAtomic } from "./write-atomic.js";
import { chartFileNames, writeChartFiles } from "./write-chart-files.js";
import { resolveReportDir } from "./write-target.js";
import { REPORT_MARKER, isProcsimFile, ownerMarkerText, type FolderOwner } from "./folder-owner.js";

/** A chart to write under `<id>.vl.json`, `.svg` and `.png`. */
export interface ChartFile {
  readonly id: string;
  readonly spec: TopLevelSpec;
}

/**
 * Writes data files (name → text) and charts into `reports/<slug>/` (or `outDir`), as `owner`
 * (`{ command: "sweep", name: model name }`). Every file procsim wrote there before is removed.
 * Never throws for a refused or failed write: returns `{ ok: false, issues }`.
 */
export async function writeChartFolder(slug: string, data: Record<string, string>, charts: readonly ChartFile[], owner: FolderOwner, options: WriteReportOptions = {}): Promise<WriteReportResult> {
  const target = resolveReportDir(slug, options, owner);
  if (!target.ok) return target;
  const { dir } = target;
  try {
    const files = new Map<string, string | Uint8Array>(Object.entries(data));
    const warnings = await writeChartFiles(charts, (name, content) => files.set(name, content), options.png ?? true);
    replaceFolderAtomic(dir, new Map([[REPORT_MARKER, ownerMarkerText(owner)], ...files]), isProcsimFile);
    return { ok: true, dir, files: [...Object.keys(data), ...chartFileNames(charts, options.png ?? true)], warnings };
  } catch (error) {
    const message = `Could not write the charts to ${dir}: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, issues: [{ code: "write-failed", message, path: dir }] };
  }
}
