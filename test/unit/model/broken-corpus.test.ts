/**
 * The broken-model corpus (test/fixtures/broken), loaded as the CLI loads it (models and
 * proposals): each file yields at least one error (a warning for `# exit: 0` cases) —
 * including the one its `# expect: <code>` header names — with a position, and never throws.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../src/model/source/issues.js";
import { loadAnyModelFile } from "../../../src/model/overlays/load.js";

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
    const result = loadAnyModelFile(path);
    const warnsOnly = /^# exit: 0$/m.test(readFileSync(path, "latin1"));
    expect(result.ok).toBe(warnsOnly);
    const issues = result.ok ? result.warnings : result.issues;
    expect(issues.length).toBeGreaterThanOrEqual(1);
    expect(issues.map((issue) => issue.code)).toContain(expectedCode(name));
    for (const issue of issues) {
      expect(issue.file).toBe(path);
      expect(issue.line).toBeGreaterThanOrEqual(1);
      expect(issue.column).toBeGreaterThanOrEqual(1);
      expect(formatIssue(issue)).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+  `));
    }
  });
});
