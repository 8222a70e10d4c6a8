// Ctrl-C stops a command at once, even in the middle of a long replication on the main
// thread: the interrupt handlers (which clean up half-written reports) are held only while a
// report is being written, so the runtime's default stop applies while replications run.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

/** An M/M/100 counter with 100 million customers in one replication: minutes of work, not seconds, and 2.3 years of simulated time (the limit is 100). */
const LONG_MODEL = `name: long teller day
timeUnit: min
run: { maxArrivals: 100000000, replications: 1, seed: 1, study: terminating }
arrivals:
  - { name: customers, ratePerHour: 5000, start: counter }
resources:
  tellers: { capacity: 100 }
steps:
  - { name: counter, resource: tellers, duration: { exponential: { mean: 1 } } }
`;

const BIN = resolve("bin/procsim.js");
const dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  // NOTE: a command the interrupt failed to stop must not run on after the test.
  for (const child of children.splice(0)) child.kill("SIGKILL");
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("an interrupt", () => {
  it("stops a run in the middle of a replication, leaving nothing behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "procsim-interrupt-"));
    dirs.push(dir);
    writeFileSync(join(dir, "long.yaml"), LONG_MODEL);
    const child = spawn(process.execPath, [BIN, "run", "long.yaml", "--workers", "1", "--allow-long", "--json", "result.json"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on("exit", (code, signal) => done({ code, signal })));
    // Start-up and checks take well under a second; the replication takes minutes.
    await new Promise((done) => setTimeout(done, 1500));
    child.kill("SIGINT");
    const ended = await exited;
    expect(ended.signal === "SIGINT" || ended.code === 130, `exit ${JSON.stringify(ended)}; stderr: ${stderr}`).toBe(true);
    expect(readdirSync(dir)).toEqual(["long.yaml"]);
  }, 30_000);
});
