/**
 * A report is written one file at a time, never held whole: report.json comes out in small
 * pieces with the bytes of JSON.stringify, the folder writer keeps at most one batch of them
 * unwritten, and each report file is on disk in the new folder before the next one is made.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { jsonPieces } from "../../../src/report/json-pieces.js";
import { openFolderAtomic, type WriteStage } from "../../../src/report/write-atomic.js";
import { writeRunReport } from "../../../src/report/write.js";
import { accountOpeningRun } from "../../fixtures/results/account-opening.js";

const root = mkdtempSync(join(tmpdir(), "procsim-stream-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The account-opening run with 2000 extra KPI records (a model with many pools). */
const bigRun = { ...accountOpeningRun, kpis: [...accountOpeningRun.kpis, ...Array.from({ length: 2000 }, (_, i) => ({ ...accountOpeningRun.kpis[0], key: `pool/p${i}/utilisation` }))] };

describe("report.json in pieces", () => {
  it("has the bytes of JSON.stringify, edge cases included", () => {
    const odd = { a: [], b: {}, c: [undefined, () => 1, null, "x\n\"y\""], d: undefined, e: { toJSON: () => ({ f: 1 }) }, g: [[{}], { h: [1.5e-7, -0] }], "key \"q\"": true };
    for (const value of [bigRun, odd, [], {}, 0, "text", null]) expect([...jsonPieces(value)].join("")).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it("never makes a piece longer than one member's key and number", () => {
    const longest = Math.max(...[...jsonPieces(bigRun)].map((piece) => piece.length));
    expect(longest).toBeLessThan(200);
  });
});

describe("the folder writer", () => {
  it("keeps at most one batch of pieces unwritten", () => {
    const dir = join(root, "pieces");
    const folder = openFolderAtomic(dir, () => true);
    const temp = readdirSync(root).find((name) => name.startsWith(".pieces.procsim-new-")) ?? "";
    let pulled = 0;
    let mostBuffered = 0;
    function* recorded(): Generator<string> {
      for (const piece of jsonPieces(bigRun)) {
        mostBuffered = Math.max(mostBuffered, pulled - statSync(join(root, temp, "report.json")).size);
        pulled += Buffer.byteLength(piece);
        yield piece;
      }
    }
    folder.writePieces("report.json", recorded());
    folder.commit();
    expect(statSync(join(dir, "report.json")).size).toBe(pulled);
    expect(pulled).toBeGreaterThan(300_000);
    expect(mostBuffered).toBeLessThanOrEqual(70_000);
  });

  it("puts each report file on disk before the next one is made", async () => {
    const outDir = join(root, "report");
    const onDisk: number[] = [];
    const onStage = (stage: WriteStage) => {
      if (stage !== "file-written") return;
      const temp = readdirSync(dirname(outDir)).find((name) => name.startsWith(".report.procsim-new-")) ?? "";
      onDisk.push(readdirSync(join(dirname(outDir), temp)).length);
    };
    const result = await writeRunReport(accountOpeningRun, { cwd: root, outDir, png: false, onStage });
    expect(result.ok).toBe(true);
    const written = result.ok ? result.files.length + 1 : 0;
    expect(onDisk).toEqual(Array.from({ length: written }, (_, i) => i + 1));
  });
});
