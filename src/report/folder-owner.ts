/**
 * Who wrote a report or chart folder: the command and the report's name, recorded in the
 * folder's `.procsim-report` marker, and the files procsim writes into such folders.
 *
 * `procsim run branch-counter.yaml --out repX` leaves a marker naming `command: run` and
 * `report: Branch counter (one business day)`; a later `procsim staff branch-counter.yaml
 * --out repX` or `procsim run voucher-filing.yaml --out repX` is refused (another command,
 * another report) unless --force, and then the folder is replaced whole. Markers written
 * before the command was recorded name only the report (run and compare reports) or nothing
 * (chart folders: the command is read from the data file the folder holds).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Name of the marker file that makes a folder a procsim report folder. */
export const REPORT_MARKER = ".procsim-report";

/** The command that writes a folder, and the name of what it wrote ("Branch counter", "A vs B"). */
export interface FolderOwner {
  /** `run`, `compare`, `staff` or `sweep`; `merge` writes what `run` or `compare` would. Read from an old marker: `report` (a run or comparison) or `unknown`. */
  readonly command: string;
  /** The report's name; null when an old marker does not say. */
  readonly name: string | null;
}

const COMMAND_LINE = "command: ";
const REPORT_LINE = "report: ";

/** The text of a folder's marker file, naming the command and report that wrote it. */
export function ownerMarkerText(owner: FolderOwner): string {
  return `This folder was written by procsim; it may be overwritten by the next procsim ${owner.command} of the same name (or by another with --force).\n${COMMAND_LINE}${owner.command}\n${REPORT_LINE}${owner.name ?? ""}\n`;
}

/** The command of an old marker without one, from the data file its folder holds. */
function commandOfFiles(dir: string): string {
  if (existsSync(join(dir, "staff.json"))) return "staff";
  if (existsSync(join(dir, "sweep.json")) || existsSync(join(dir, "tornado.json"))) return "sweep";
  return existsSync(join(dir, "report.json")) ? "report" : "unknown";
}

/** Who wrote folder `dir` by its marker; null when it has no marker. */
export function ownerOf(dir: string): FolderOwner | null {
  const marker = join(dir, REPORT_MARKER);
  if (!existsSync(marker)) return null;
  const lines = readFileSync(marker, "utf8").split("\n");
  const value = (prefix: string) => lines.find((l) => l.startsWith(prefix))?.slice(prefix.length) ?? null;
  const name = value(REPORT_LINE);
  return { command: value(COMMAND_LINE) ?? (name === null ? commandOfFiles(dir) : "report"), name };
}

/** True when `mine` may replace what `held` wrote without --force: the same command (an old report marker: run or compare) and the same name (an old marker without one: any). */
export function sameOwner(held: FolderOwner, mine: FolderOwner): boolean {
  const command = held.command === mine.command || (held.command === "report" && (mine.command === "run" || mine.command === "compare"));
  return command && (held.name === null || held.name === mine.name);
}

/** "procsim run of "Branch counter"", for messages. */
export function ownerText(owner: FolderOwner): string {
  if (owner.command === "unknown") return "an earlier procsim command";
  const command = owner.command === "report" ? "procsim run or compare" : `procsim ${owner.command}`;
  return owner.name === null ? command : `${command} of "${owner.name}"`;
}

/** Files procsim writes into a report or chart folder; a replaced folder keeps only the other files (a user's notes). */
const PROCSIM_FILE = /^(index\.html|[a-z0-9-]+\.(json|csv|vl\.json|svg|png)|\.procsim-report)$/;

/** True for a file name procsim writes into report and chart folders, whichever command wrote it. */
export function isProcsimFile(name: string): boolean {
  return PROCSIM_FILE.test(name);
}
