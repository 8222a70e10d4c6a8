/**
 * `procsim validate` and `procsim schema`: located problems for every file, an ok line per
 * valid file, exit code 0 only when every file is valid; the schema printed or written.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { schemaCommand } from "../../../src/cli/commands/schema.js";
import { validateCommand } from "../../../src/cli/commands/validate.js";
import { jsonSchemaText } from "../../../src/model/schema/json-schema.js";
import { vary } from "./helpers.js";

const ROOT = resolve(new URL(".", import.meta.url).pathname, "../../..");
const dir = mkdtempSync(join(tmpdir(), "procsim-cli-"));

/** Runs a command handler and returns what it printed and the exit code it set. */
async function run(handler: (args: never) => unknown, args: object): Promise<{ out: string; code: number }> {
  let out = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  process.exitCode = 0;
  try {
    await handler({ ...args, _: [], $0: "procsim" } as never);
  } finally {
    spy.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { out, code };
}

afterEach(() => {
  process.exitCode = 0;
});

describe("procsim validate", () => {
  it("prints an ok line per valid file and exits 0", async () => {
    const { out, code } = await run(validateCommand.handler as never, { files: [join(ROOT, "scenarios/branch-counter.yaml")] });
    expect(out.trim()).toBe(`${join(ROOT, "scenarios/branch-counter.yaml")}: ok`);
    expect(code).toBe(0);
  });

  it("prints every located problem of every file, errors before warnings, and exits 2", async () => {
    const broken = join(dir, "broken.yaml");
    writeFileSync(broken, vary("    ratePerHour: 6\n", "    ratePerHour: 6\n  - name: extra\n    ratePerHour: 1\n    start: nowhere\n", vary("    resource: clerks\n    duration: { tri", "    resource: clerk\n    duration: { tri")));
    const warned = join(dir, "warned.yaml");
    writeFileSync(warned, vary("ratePerHour: 6", "ratePerHour: 15"));
    const { out, code } = await run(validateCommand.handler as never, { files: [broken, warned, join(dir, "missing.yaml")] });
    const lines = out.trim().split("\n");
    expect(lines).toEqual([
      `${broken}:8:12  arrivals[1].start  step "nowhere" is not defined; steps: intake, review, or exit`,
      `${broken}:16:15  steps[1].resource  resource "clerk" is not defined; did you mean "clerks"? defined: clerks`,
      `${broken}: 2 errors`,
      expect.stringMatching(new RegExp(`^${warned}:7:11  resources\\.clerks  warning: pool "clerks" is offered`)),
      `${warned}: ok (1 warning)`,
      `${join(dir, "missing.yaml")}  file "${join(dir, "missing.yaml")}" does not exist; give the path of a .yaml model file`,
      `${join(dir, "missing.yaml")}: 1 error`,
    ]);
    expect(code).toBe(2);
  });
});

describe("procsim validate --json", () => {
  it("prints the issues as data", async () => {
    const broken = join(dir, "json.yaml");
    writeFileSync(broken, vary("ratePerHour: 6", "ratePerHour: six"));
    const { out, code } = await run(validateCommand.handler as never, { files: [broken], json: true });
    const parsed = JSON.parse(out);
    expect(parsed.files).toHaveLength(1);
    expect(parsed.files[0]).toMatchObject({ file: broken, ok: false });
    expect(parsed.files[0].issues[0]).toMatchObject({ code: "wrongType", path: ["arrivals", 0, "ratePerHour"], line: 5, column: 18 });
    expect(code).toBe(2);
  });
});

describe("procsim schema", () => {
  it("prints the JSON Schema", async () => {
    const { out, code } = await run(schemaCommand.handler as never, {});
    expect(out).toBe(jsonSchemaText());
    expect(code).toBe(0);
  });

  it("writes it with --out (a temporary folder: outside the working directory, so --allow-outside)", async () => {
    const file = join(dir, "schema.json");
    const { out } = await run(schemaCommand.handler as never, { out: file, allowOutside: true });
    expect(out).toBe(`wrote ${file}\n`);
    expect(readFileSync(file, "utf8")).toBe(jsonSchemaText());
  });
});
