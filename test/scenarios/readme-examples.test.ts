/**
 * The YAML examples in README.md are real: the model example validates as it stands, and the
 * proposal example validates against the bundled account-opening model it extends.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAnyModelFile } from "../../src/model/overlays/load.js";

const ROOT = resolve(new URL(".", import.meta.url).pathname, "../..");
const blocks = [...readFileSync(join(ROOT, "README.md"), "utf8").matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);

describe("README examples", () => {
  it("has a model and a proposal example", () => {
    expect(blocks.length).toBe(2);
  });

  it("every example validates without errors", () => {
    const dir = mkdtempSync(join(tmpdir(), "procsim-readme-"));
    try {
      copyFileSync(join(ROOT, "scenarios/account-opening.yaml"), join(dir, "account-opening.yaml"));
      blocks.forEach((text, i) => {
        const file = join(dir, `example-${i}.yaml`);
        writeFileSync(file, text);
        const result = loadAnyModelFile(file);
        expect(result.ok ? [] : result.issues.map((issue) => issue.message), `README example ${i + 1}`).toEqual([]);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
