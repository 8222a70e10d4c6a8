// `procsim --version` prints the package's version, from the source and from the built bundle.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { procsimVersion } from "../../../src/cli/version.js";

const ROOT = new URL("../../../", import.meta.url);
const VERSION = (JSON.parse(readFileSync(new URL("package.json", ROOT), "utf8")) as { version: string }).version;

describe("procsim --version", () => {
  it("is the version in package.json", () => {
    expect(procsimVersion()).toBe(VERSION);
  });

  it("is printed by the built CLI", () => {
    const out = execFileSync(process.execPath, [new URL("bin/procsim.js", ROOT).pathname, "--version"], { encoding: "utf8" });
    expect(out.trim()).toBe(VERSION);
  });
});
