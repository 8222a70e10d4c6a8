// `import "procsim"` (dist/bundle/index.js) and `require("procsim")` (dist/bundle/index.cjs)
// are two doors to one library instance (dist/bundle/library.cjs): a notebook that mixes them
// gets the same functions and classes, so `instanceof SimulationError` holds across both.
// Checked on the built package in a fresh Node process.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const ESM = new URL("../../../dist/bundle/index.js", import.meta.url).href;
const CJS = new URL("../../../dist/bundle/index.cjs", import.meta.url).pathname;

const SCRIPT = `
import { createRequire } from "node:module";
const esm = await import(${JSON.stringify(ESM)});
const cjs = createRequire(import.meta.url)(${JSON.stringify(CJS)});
const esmNames = Object.keys(esm).sort();
const cjsNames = Object.keys(cjs).sort();
const shared = esmNames.filter((name) => esm[name] === cjs[name]);
process.stdout.write(JSON.stringify({ esmNames, cjsNames, shared: shared.length }));
`;

describe("the library's two entry points", () => {
  it("export the same names, bound to the same values", () => {
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", SCRIPT], { encoding: "utf8" });
    const { esmNames, cjsNames, shared } = JSON.parse(out) as { esmNames: string[]; cjsNames: string[]; shared: number };
    expect(esmNames).toEqual(cjsNames);
    expect(esmNames).toContain("compileModel");
    expect(esmNames).toContain("SimulationError");
    expect(shared).toBe(esmNames.length);
  });
});
