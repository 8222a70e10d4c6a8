// A refusal to write outside the working directory names the way the caller allows it: the
// library's option `allowOutside: true`, or the command line's `--allow-outside`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resolveOutputPath } from "../../../src/report/write-policy.js";

const cwd = mkdtempSync(join(tmpdir(), "procsim-policy-"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe("the outside-the-working-directory refusal", () => {
  it("names the library's option by default and the CLI flag for the CLI", () => {
    const library = resolveOutputPath("../elsewhere", "report", { cwd });
    const cli = resolveOutputPath("../elsewhere", "report", { cwd, caller: "cli" });
    expect(library.ok ? "" : library.issues[0].message).toMatch(/Set the option allowOutside: true to write there\.$/);
    expect(library.ok ? "" : library.issues[0].message).not.toContain("--allow-outside");
    expect(cli.ok ? "" : cli.issues[0].message).toMatch(/Pass --allow-outside to write there\.$/);
    expect(resolveOutputPath("../elsewhere", "report", { cwd, allowOutside: true }).ok).toBe(true);
  });
});
