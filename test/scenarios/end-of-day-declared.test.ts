/**
 * Every bundled scenario (proposals through their base) declares what happens at closing
 * to the line of each service step that can close, so none waits overnight unannounced.
 */
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAnyModelFile } from "../../src/model/overlays/load.js";
import { compileModel } from "../../src/model/compile/compile.js";
import { EOD_UNDECLARED, STEP_SERVICE } from "../../src/model/compile/compiled.js";

const DIR = resolve(new URL(".", import.meta.url).pathname, "../../scenarios");
const ALL = readdirSync(DIR).filter((name) => name.endsWith(".yaml")).sort();

describe("bundled scenarios declare their end-of-day rule", () => {
  it.each(ALL)("%s: every service step has a declared rule", (name) => {
    const result = loadAnyModelFile(join(DIR, name));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { steps } = compileModel(result.model);
    const undeclared = steps.names.filter((_, s) => steps.kind[s] === STEP_SERVICE && steps.endOfDay[s] === EOD_UNDECLARED);
    expect(undeclared).toEqual([]);
  });
});
