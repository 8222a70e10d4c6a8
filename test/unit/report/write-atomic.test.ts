/**
 * All-or-nothing outputs: a report folder, a JSON file or a CSV file is either the earlier
 * one byte for byte or the complete new one — after a kill at any stage of writing, and with
 * the disk full (a 256 KiB tmpfs when running as root; skipped with a message otherwise).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backupOf, recoverReportFolder, replaceFolderAtomic, writeFileAtomic, type WriteStage } from "../../../src/report/write-atomic.js";
import { writeRunReport } from "../../../src/report/write.js";
import { accountOpeningRun } from "../../fixtures/results/account-opening.js";

const root = mkdtempSync(join(tmpdir(), "procsim-atomic-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const CHILD = resolve(new URL(".", import.meta.url).pathname, "../../fixtures/write/interrupt-child.ts");
const isOwn = (name: string) => name !== "notes.txt";

/** Every file of a folder tree: relative name → bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), "latin1")]));
}

const OLD = { "index.html": "<p>old report</p>", "report.json": '{"old":true}', "kpis.csv": "key,mean\na,1\n" };
const NEW = { "index.html": "<p>new report</p>".repeat(1000), "report.json": '{"new":true}', "kpis.csv": "key,mean\na,2\n", "extra.svg": "<svg/>" };

describe("interrupted report replacement (SIGKILL at each stage)", () => {
  const stages: [WriteStage, number][] = [["temp-created", 1], ["file-written", 1], ["file-written", 3], ["temp-complete", 1], ["old-moved-aside", 1], ["new-in-place", 1], ["old-removed", 1]];
  it.each(stages)("killed at %s #%d: the earlier report survives byte-identical until the new one is complete", (stage, occurrence) => {
    const dir = join(root, `killed-${stage}-${occurrence}`);
    replaceFolderAtomic(dir, new Map(Object.entries(OLD)), isOwn);
    writeFileSync(join(dir, "notes.txt"), "my own notes");
    const before = snapshot(dir);
    const child = spawnSync(process.execPath, ["--import", "tsx", CHILD, dir, stage, String(occurrence), JSON.stringify(NEW)], { encoding: "utf8" });
    expect(child.signal, child.stderr).toBe("SIGKILL");
    const completed = stage === "new-in-place" || stage === "old-removed";
    if (!completed && stage !== "old-moved-aside") expect(snapshot(dir)).toEqual(before);
    recoverReportFolder(dir, isOwn);
    expect(snapshot(dir)).toEqual(completed ? { ...NEW, "notes.txt": "my own notes" } : before);
    expect(existsSync(backupOf(dir))).toBe(false);
    expect(readdirSync(root).filter((name) => name.includes("procsim-new"))).toEqual([]);
  });
});

describe("failures before the swap", () => {
  it("a write that fails half-way leaves the earlier report and no temporary folder", () => {
    const dir = join(root, "half");
    replaceFolderAtomic(dir, new Map(Object.entries(OLD)), isOwn);
    const before = snapshot(dir);
    const bad = new Map<string, string>([["index.html", "x"], ["../escape/report.json", "y"]]);
    expect(() => replaceFolderAtomic(dir, bad, isOwn)).toThrow();
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(root).filter((name) => name.startsWith(".half"))).toEqual([]);
  });

  it("writeRunReport keeps the earlier report when the write is interrupted before the swap", async () => {
    const outDir = join(root, "report-kept");
    expect((await writeRunReport(accountOpeningRun, { cwd: root, outDir, png: false })).ok).toBe(true);
    const before = snapshot(outDir);
    const onStage = (stage: WriteStage) => {
      if (stage === "temp-complete") throw new Error("interrupted");
    };
    const result = await writeRunReport({ ...accountOpeningRun, seed: 4242 }, { cwd: root, outDir, png: false, onStage });
    expect(result.ok).toBe(false);
    expect(snapshot(outDir)).toEqual(before);
  });

  it("writeFileAtomic replaces a file whole and leaves no temporary file on failure", () => {
    const path = join(root, "result.json");
    writeFileAtomic(path, "first");
    writeFileAtomic(path, "second");
    expect(readFileSync(path, "utf8")).toBe("second");
    mkdirSync(join(root, "a-folder"));
    expect(() => writeFileAtomic(join(root, "a-folder"), "x")).toThrow();
    expect(readdirSync(root).filter((name) => name.includes("procsim-new"))).toEqual([]);
  });
});

/** Mounts a small tmpfs (root only); null with the reason when it cannot. */
function smallDisk(bytes: number): { dir: string; unmount: () => void } | string {
  if (process.getuid?.() !== 0) return "not running as root";
  const dir = mkdtempSync(join(tmpdir(), "procsim-full-"));
  const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${bytes}`, "tmpfs", dir]);
  if (mounted.status !== 0) return `mount failed: ${String(mounted.stderr)}`;
  return { dir, unmount: () => spawnSync("umount", [dir]) };
}

describe("disk full", () => {
  const disk = smallDisk(256 * 1024);
  if (typeof disk === "string") {
    it.skip(`disk-full tests skipped: ${disk}`, () => undefined);
    return;
  }
  afterAll(() => disk.unmount());

  it("a report that does not fit leaves the earlier one byte-identical and no temporary files", () => {
    const dir = join(disk.dir, "report");
    replaceFolderAtomic(dir, new Map(Object.entries(OLD)), isOwn);
    const before = snapshot(dir);
    const huge = new Map([["index.html", "x".repeat(512 * 1024)]]);
    expect(() => replaceFolderAtomic(dir, huge, isOwn)).toThrow(/ENOSPC/);
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(disk.dir)).toEqual(["report"]);
  });

  it("a JSON result that does not fit leaves the earlier file", () => {
    const path = join(disk.dir, "result.json");
    writeFileAtomic(path, '{"model":"old"}');
    expect(() => writeFileAtomic(path, "y".repeat(512 * 1024))).toThrow(/ENOSPC/);
    expect(readFileSync(path, "utf8")).toBe('{"model":"old"}');
    expect(readdirSync(disk.dir).filter((name) => name.includes("procsim"))).toEqual([]);
  });
});
