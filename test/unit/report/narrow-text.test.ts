// Text of one-column characters is measured by its length, without string-width: the table
// and help layouts of the bundled CLI use that shortcut (bin/bundle.mjs), so each character
// it accepts must be one column for every string-width version the bundle holds (string-width
// itself, and the copies of cliui, wrap-ansi and cli-progress), also between letters.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { NARROW_RANGES, narrowTextWidth } from "../../../src/report/narrow-text.js";

type Width = (text: string) => number;

/** The string-width that `dependent` (a package of the bundle) resolves. */
async function stringWidthOf(dependent: string): Promise<Width> {
  const entry = createRequire(import.meta.url).resolve(dependent);
  const path = createRequire(entry).resolve("string-width");
  return ((await import(pathToFileURL(path).href)) as { default: Width }).default;
}

const segments = (text: string): number => [...new Intl.Segmenter().segment(text)].length;

describe("narrowTextWidth", () => {
  it("accepts only characters that every string-width measures as one column, each its own grapheme", async () => {
    const widths: Width[] = [stringWidth, ...(await Promise.all(["cliui", "wrap-ansi", "cli-progress"].map(stringWidthOf)))];
    const wrong: string[] = [];
    for (const [from, to] of NARROW_RANGES) {
      for (let code = from; code <= to; code++) {
        const text = `a${String.fromCodePoint(code)}b`;
        if (widths.some((width) => width(text) !== 3) || segments(text) !== 3) wrong.push(code.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });

  it("measures table and help text of one-column characters by its length", () => {
    expect(narrowTextWidth("  ─────────  ─────  ──────")).toBe(26);
    expect(narrowTextWidth("Mean wait ≥ 5 min × 1.5 – n/a · €12")).toBe(35);
    expect(narrowTextWidth("")).toBe(0);
  });

  it("measures every line of an English comparison by its length", () => {
    const root = new URL("../../../", import.meta.url).pathname;
    const out = execFileSync(process.execPath, [`${root}bin/procsim.js`, "compare", `${root}scenarios/account-opening.yaml`, `${root}scenarios/account-opening-rpa-proposed.yaml`, "--no-report", "--replications", "2"], { encoding: "utf8" });
    expect(out).toContain("▲");
    const wide = out.split("\n").filter((line) => narrowTextWidth(line) === undefined);
    expect(wide).toEqual([]);
  });

  it("leaves wide, emoji, combining, control and escaped text to string-width", () => {
    for (const text of ["营业部柜台", "queue 📞", "cafe\u0301", "a\tb", "\u001b[1mKPI\u001b[0m", "©", "e\u200db"]) {
      expect(narrowTextWidth(text), JSON.stringify(text)).toBeUndefined();
    }
  });
});
