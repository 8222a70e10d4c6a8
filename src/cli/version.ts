/**
 * procsim's version, for `procsim --version`: read from the package's own package.json, two
 * folders above this module in every form it runs in (src/cli/, dist/cli/, dist/bundle/). A
 * teller-line model reports "procsim 0.1.0" without yargs searching the folders above the
 * working directory for a package.json at every start.
 */
import { readFileSync } from "node:fs";

/** The version in procsim's package.json. */
export function procsimVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown };
  return typeof manifest.version === "string" ? manifest.version : "unknown";
}
