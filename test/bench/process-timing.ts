/**
 * Times whole processes as a user meets them: wall seconds, CPU seconds (user + system, all
 * threads) and peak resident memory, read from GNU time's report of the child.
 *
 * "procsim validate scenarios/call-centre.yaml" is timed as one `ProcessTiming`; two yardstick
 * processes started together give the machine's parallel ceiling. Where /usr/bin/time is
 * missing only the wall time is known (CPU and memory are NaN).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const GNU_TIME = "/usr/bin/time";

/** What one process cost. */
export interface ProcessTiming {
  readonly wallSeconds: number;
  /** User + system CPU seconds of the process and its threads (NaN without GNU time). */
  readonly cpuSeconds: number;
  /** Peak resident set size, MiB (NaN without GNU time). */
  readonly peakRssMb: number;
  /** Standard output of the process. */
  readonly stdout: string;
  /** Wall seconds until the first byte of standard output (the results, for `run` and `compare`); NaN if none. */
  readonly firstOutputSeconds: number;
}

/** A command: program and arguments, run in `cwd` (default: this process's). */
export interface Command {
  readonly program: string;
  readonly args: readonly string[];
  readonly cwd?: string;
}

/** True when CPU and memory of children can be measured. */
export const CAN_MEASURE_CHILDREN = existsSync(GNU_TIME);

/** Runs a command to completion; rejects with its stderr when it exits non-zero. */
export function timeProcess(command: Command): Promise<ProcessTiming> {
  const dir = mkdtempSync(join(tmpdir(), "procsim-bench-"));
  const report = join(dir, "time.txt");
  const [program, args] = CAN_MEASURE_CHILDREN
    ? [GNU_TIME, ["-o", report, "-f", "%U %S %M", command.program, ...command.args]]
    : [command.program, [...command.args]];
  const start = process.hrtime.bigint();
  const child = spawn(program, args, { cwd: command.cwd, stdio: ["ignore", "pipe", "pipe"] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  let firstOutputSeconds = NaN;
  child.stdout.on("data", (chunk: Buffer) => {
    if (out.length === 0) firstOutputSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    out.push(chunk);
  });
  child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
      const measured = CAN_MEASURE_CHILDREN ? readFileSync(report, "utf8").trim().split("\n").pop() ?? "" : "";
      rmSync(dir, { recursive: true, force: true });
      if (code !== 0) return reject(new Error(`${command.program} ${command.args.join(" ")} exited ${code}:\n${Buffer.concat(err).toString()}`));
      const [user, system, rssKb] = measured.split(" ").map(Number);
      resolve({ wallSeconds, cpuSeconds: user + system, peakRssMb: rssKb / 1024, stdout: Buffer.concat(out).toString(), firstOutputSeconds });
    });
  });
}

/** Runs commands at the same moment; their timings in the same order. */
export function timeTogether(commands: readonly Command[]): Promise<ProcessTiming[]> {
  return Promise.all(commands.map(timeProcess));
}

/** A Node command running `script` with `args`. */
export function nodeCommand(args: readonly string[], cwd?: string): Command {
  return { program: process.execPath, args, cwd };
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs every command once per round, interleaved (a, b, c, a, b, c, …), so that load from
 * other processes falls on all of them alike; the timings of each command in round order.
 */
export async function interleaved(commands: readonly Command[], rounds: number): Promise<ProcessTiming[][]> {
  const timings: ProcessTiming[][] = commands.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < commands.length; i++) timings[i].push(await timeProcess(commands[i]));
  }
  return timings;
}
