/**
 * Two reports written to the same folder at once (one `Promise.all`) both succeed, and the
 * folder is then one writer's complete report: each writer builds its own temporary folder,
 * and clearing leftovers removes only those of writers that are gone.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeRunReport } from "../../../src/report/write.js";
import { openFileAtomic, recoverReportFolder } from "../../../src/report/write-atomic.js";
import { accountOpeningRun } from "../../fixtures/results/account-opening.js";

const root = mkdtempSync(join(tmpdir(), "procsim-concurrent-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file of a folder: name → bytes (latin1). */
const snapshot = (dir: string): Record<string, string> => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), "latin1")]));

describe("reports written to one folder at once", () => {
  it("both succeed, and the folder is one whole report with nothing left beside it", async () => {
    const alone = await writeRunReport(accountOpeningRun, { cwd: root, outDir: "alone", png: false });
    const [a, b] = await Promise.all([
      writeRunReport(accountOpeningRun, { cwd: root, outDir: "c1", png: false }),
      writeRunReport(accountOpeningRun, { cwd: root, outDir: "c1", png: false }),
    ]);
    expect([a.ok, b.ok, alone.ok]).toEqual([true, true, true]);
    if (!a.ok || !alone.ok) return;
    expect(snapshot(a.dir)).toEqual(snapshot(alone.dir));
    expect(readdirSync(root).sort()).toEqual(["alone", "c1"]);
  });

  it("two event-log streams to one path each keep their own temporary file; the later commit wins", () => {
    const path = join(root, "log.csv");
    const first = openFileAtomic(path);
    const second = openFileAtomic(path);
    first.write("first\n");
    second.write("second\n");
    first.commit();
    second.commit();
    expect(readFileSync(path, "utf8")).toBe("second\n");
    expect(readdirSync(root).filter((name) => name.includes("procsim-new"))).toEqual([]);
  });

  it("clears the temporary folders of dead writers, not those of writers at work", () => {
    const parent = join(root, "leftovers");
    mkdirSync(parent);
    const dir = join(parent, "report");
    // No process has pid 2^22 + 1 (above Linux's pid_max), so its writer is gone; pid 1 is alive.
    for (const name of [".report.procsim-new-4194305", ".report.procsim-new-4194305-3", ".report.procsim-new-1-0"]) mkdirSync(join(parent, name));
    writeFileSync(join(parent, ".report.procsim-new-1-0", "index.html"), "<p>another process at work</p>");
    recoverReportFolder(dir, () => true);
    expect(readdirSync(parent)).toEqual([".report.procsim-new-1-0"]);
  });
});
