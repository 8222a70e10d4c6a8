// An interrupted command removes the report folder it was building (the CLI calls
// removeUnfinishedWrites on SIGINT and SIGTERM); committed and aborted writes are forgotten.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openFileAtomic, openFolderAtomic } from "../../../src/report/write-atomic.js";
import { removeUnfinishedWrites } from "../../../src/report/unfinished-writes.js";

const dirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "procsim-unfinished-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("unfinished writes", () => {
  it("are removed, leaving the earlier report and nothing else", () => {
    const root = scratch();
    const report = join(root, "report");
    const earlier = openFolderAtomic(report, () => true);
    earlier.write("index.html", "earlier");
    earlier.commit();
    const folder = openFolderAtomic(report, () => true);
    folder.write("index.html", "half");
    const log = openFileAtomic(join(root, "events.csv"));
    log.write("case,step\n");
    expect(readdirSync(root).length).toBe(3);
    removeUnfinishedWrites();
    expect(readdirSync(root)).toEqual(["report"]);
    expect(readdirSync(report)).toEqual(["index.html"]);
  });

  it("forget a write once it is committed or aborted", () => {
    const root = scratch();
    const done = openFolderAtomic(join(root, "done"), () => true);
    done.write("a.csv", "1");
    done.commit();
    const dropped = openFolderAtomic(join(root, "dropped"), () => true);
    dropped.abort();
    writeFileSync(join(root, "note.txt"), "mine");
    removeUnfinishedWrites();
    expect(existsSync(join(root, "done", "a.csv"))).toBe(true);
    expect(readdirSync(root).sort()).toEqual(["done", "note.txt"]);
  });
});
