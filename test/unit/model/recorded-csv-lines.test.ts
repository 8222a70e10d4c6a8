// Located errors of a recorded-arrivals file stay exact after quoted cells that span several
// lines, blank lines and CRLF line ends: the line named is the line an editor shows.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModelFile } from "../../../src/model/source/load.js";

const MODEL = `name: replay
calendar: { open: "09:00", close: "17:00" }
run: { horizon: 1d }
steps:
  - { name: desk, duration: 5 }
arrivals:
  - { name: walk-ins, recorded: { file: day.csv, columns: { segment: [retail, sme] }, ignore: [note] } }
`;

function messagesFor(csv: string): string[] {
  const folder = mkdtempSync(join(tmpdir(), "procsim-csv-"));
  writeFileSync(join(folder, "day.csv"), csv);
  writeFileSync(join(folder, "model.yaml"), MODEL);
  const result = loadModelFile(join(folder, "model.yaml"));
  return result.ok ? [] : result.issues.map((issue) => issue.message);
}

describe("recorded arrivals: lines after multi-line quoted cells", () => {
  it("names the line and column of every bad cell", () => {
    const csv = 'time,segment,note\r\n09:00,retail,"called ahead;\r\nasked for\r\nthe manager"\r\n\r\n09:10,vip,x\r\n"08:00",sme,"two\nlines"\n18:00,retail,\n';
    expect(messagesFor(csv).filter((m) => m.includes("day.csv line"))).toEqual([
      expect.stringContaining('day.csv line 6, column 2 ("segment"): found "vip"'),
      expect.stringContaining('day.csv line 7, column 1 ("time"): found "08:00"'),
      expect.stringContaining('day.csv line 9, column 1 ("time"): found "18:00"'),
    ]);
  });

  it("names the line where an unclosed quoted cell starts", () => {
    const csv = 'time,segment,note\n09:00,retail,"a\nb"\n\n09:05,sme,"never closed\n09:06,sme,x\n';
    expect(messagesFor(csv)).toEqual([expect.stringContaining('"day.csv": line 5: a quoted cell is not closed')]);
  });
});
