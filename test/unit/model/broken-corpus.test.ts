/**
 * The broken-model corpus (test/fixtures/broken): each file yields at least one issue —
 * including the one its `# expect: <code>` header names — with a position, and never throws.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../src/model/source/issues.js";
import { loadModelFile } from "../../../src/model/source/load.js";

const DIR = resolve(new URL(".", import.meta.url).pathname, "../../fixtures/broken");
const FILES = readdirSync(DIR).filter((name) => name.endsWith(".yaml")).sort();

/** The issue code a fixture promises, from its first line (binary fixtures: by name). */
function expectedCode(name: string): string {
  if (name.includes("binary")) return "binaryFile";
  const header = /^# expect: (\w+)/.exec(readFileSync(join(DIR, name), "utf8"));
  expect(header, `${name} starts with "# expect: <code>"`).not.toBeNull();
  return header ? header[1] : "";
}

describe("broken-model corpus", () => {
  it("has at least 20 files", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(FILES)("%s is reported, located, and does not throw", (name) => {
    const path = join(DIR, name);
    const result = loadModelFile(path);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.length).toBeGreaterThanOrEqual(1);
    expect(result.issues.map((issue) => issue.code)).toContain(expectedCode(name));
    for (const issue of result.issues) {
      expect(issue.file).toBe(path);
      expect(issue.line).toBeGreaterThanOrEqual(1);
      expect(issue.column).toBeGreaterThanOrEqual(1);
      expect(formatIssue(issue)).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+  `));
    }
  });
});
