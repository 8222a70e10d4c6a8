// The distribution table of docs/model-language.md is the one the family records generate.
// After changing a family, regenerate it with
//   UPDATE_DOCS=1 npx vitest run --config test/vitest.config.ts test/unit/model/dist-docs.test.ts
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST_KINDS } from "../../../src/random/dist-spec.js";
import { distributionTable, withDistributionTable } from "../../../src/model/schema/dist-docs.js";

const DOC = resolve(import.meta.dirname, "../../../docs/model-language.md");

describe("distribution table of the model reference", () => {
  it("docs/model-language.md holds the generated table", () => {
    const text = readFileSync(DOC, "utf8");
    const current = withDistributionTable(text);
    expect(current, "the table markers are missing").not.toBeNull();
    if (process.env.UPDATE_DOCS === "1" && current !== null && current !== text) writeFileSync(DOC, current);
    expect(text).toBe(current);
  });

  it("has one row per registered family, in registry order", () => {
    const rows = distributionTable().split("\n").slice(2);
    expect(rows.map((row) => /^\| `([a-z]+)` \|/.exec(row)?.[1])).toEqual([...DIST_KINDS]);
  });
});
