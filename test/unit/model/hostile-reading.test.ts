/**
 * Reading hostile files: only regular files are read (no endless device, no named pipe that
 * blocks forever), parsing is refused past a node budget before the YAML composer runs, every
 * file of a proposal chain is parsed once, and `extends:` stays inside the proposal's folder.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { loadAnyModelFile } from "../../../src/model/overlays/load.js";
import { loadModelFile, loadModelText, type LoadResult } from "../../../src/model/source/load.js";
import { BASE } from "./helpers.js";

const parseCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock("yaml", async (original) => {
  const yaml = await original<typeof import("yaml")>();
  const counted = (...args: Parameters<typeof yaml.parseDocument>) => {
    if (args[0] !== "") parseCalls.count++;
    return yaml.parseDocument(...args);
  };
  return { ...yaml, parseDocument: counted };
});

const dir = mkdtempSync(join(tmpdir(), "procsim-reading-"));
const codes = (result: LoadResult) => (result.ok ? [] : result.issues.map((issue) => issue.code));
const messages = (result: LoadResult) => (result.ok ? "" : result.issues.map((issue) => issue.message).join("\n"));

describe("only regular files are read", () => {
  it("the endless zero device is refused without reading it", () => {
    const result = loadModelFile("/dev/zero");
    expect(codes(result)).toEqual(["notAFile"]);
    expect(messages(result)).toContain("a device");
  });

  it("a named pipe with no writer is refused, not waited on", () => {
    const fifo = join(dir, "pipe.yaml");
    if (spawnSync("mkfifo", [fifo]).status !== 0) return;
    expect(codes(loadModelFile(fifo))).toEqual(["notAFile"]);
    expect(codes(loadAnyModelFile(fifo))).toEqual(["notAFile"]);
  });

  it("a proposal extending the zero device through an allowed root is refused as not a file", () => {
    const path = join(dir, "zero.yaml");
    writeFileSync(path, "extends: /dev/zero\nname: z\nchanges: []\n");
    expect(codes(loadAnyModelFile(path))).toEqual(["extendsOutside"]);
    expect(codes(loadAnyModelFile(path, { extendsRoots: ["/dev"] }))).toEqual(["extendsNotAModel"]);
  });
});

describe("parsing is bounded", () => {
  it("a list of a million numbers is refused before the YAML composer runs", () => {
    const before = parseCalls.count;
    const result = loadModelText(`${BASE}extra: [${"1,".repeat(1_000_000)}1]\n`);
    expect(codes(result)).toEqual(["tooManyNodes"]);
    expect(parseCalls.count).toBe(before);
  });

  it("a mapping of 100,000 keys is refused; one of 20,000 is parsed without the quadratic duplicate check", () => {
    const pools = (n: number) => Array.from({ length: n }, (_, i) => `  p${i}: { capacity: 1 }\n`).join("");
    expect(codes(loadModelText(BASE.replace("resources:\n", `resources:\n${pools(100_000)}`)))).toEqual(["tooManyNodes"]);
    const duplicated = BASE.replace("resources:\n", `resources:\n${pools(20_000)}  p7: { capacity: 2 }\n`);
    const issues = loadModelText(duplicated);
    expect(codes(issues)).toEqual(["duplicateKey"]);
    if (!issues.ok) expect(issues.issues[0]).toMatchObject({ line: 20_007, column: 3, path: ["resources", "p7"] });
  });

  it("complex and alias keys are refused, and no Node warning leaks out", () => {
    const warn = vi.spyOn(process, "emitWarning");
    expect(codes(loadModelText(BASE.replace("resources:\n", "resources:\n  ? [a, b]\n  : { capacity: 1 }\n")))).toEqual(["complexKey"]);
    expect(codes(loadModelText(BASE.replace("name: test", "name: &k __proto__").replace("resources:\n", "resources:\n  *k : { capacity: 1 }\n")))).toEqual(["complexKey"]);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(({} as Record<string, unknown>).capacity).toBeUndefined();
  });

  it("each file of a proposal chain is parsed once", () => {
    writeFileSync(join(dir, "base.yaml"), BASE);
    writeFileSync(join(dir, "one.yaml"), "extends: base.yaml\nname: one\nchanges:\n  - setCapacity: { resource: clerks, capacity: 3 }\n");
    writeFileSync(join(dir, "two.yaml"), "extends: one.yaml\nname: two\nchanges:\n  - setCapacity: { resource: clerks, capacity: 4 }\n");
    const before = parseCalls.count;
    expect(loadAnyModelFile(join(dir, "two.yaml")).ok).toBe(true);
    expect(parseCalls.count - before).toBe(3);
    const plain = parseCalls.count;
    expect(loadAnyModelFile(join(dir, "base.yaml")).ok).toBe(true);
    expect(parseCalls.count - plain).toBe(1);
  });
});

describe("extends stays inside the proposal's folder tree", () => {
  it("a symlink inside the folder that points outside is refused", () => {
    const outside = mkdtempSync(join(tmpdir(), "procsim-outside-"));
    writeFileSync(join(outside, "base.yaml"), BASE);
    const inner = join(dir, "linked");
    mkdirSync(inner);
    symlinkSync(join(outside, "base.yaml"), join(inner, "base.yaml"));
    writeFileSync(join(inner, "p.yaml"), "extends: base.yaml\nname: p\nchanges: []\n");
    expect(codes(loadAnyModelFile(join(inner, "p.yaml")))).toEqual(["extendsOutside"]);
    expect(loadAnyModelFile(join(inner, "p.yaml"), { extendsRoots: [outside] }).ok).toBe(true);
  });

  it("a subfolder is inside", () => {
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "base.yaml"), BASE);
    writeFileSync(join(dir, "down.yaml"), "extends: sub/base.yaml\nname: down\nchanges: []\n");
    expect(loadAnyModelFile(join(dir, "down.yaml")).ok).toBe(true);
  });
});

describe("a base file that cannot be opened is said at the extends that names it", () => {
  it("a missing base and a folder named as a base point at the proposal's extends", () => {
    for (const [name, base, code] of [["gone.yaml", "nosuch.yaml", "fileNotFound"], ["dir.yaml", "folder.yaml", "notAFile"]] as const) {
      if (base === "folder.yaml") mkdirSync(join(dir, base), { recursive: true });
      const proposal = join(dir, name);
      writeFileSync(proposal, `name: p\nextends: ${base}\nchanges: []\n`);
      const result = loadAnyModelFile(proposal);
      expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.file, issue.line, issue.column, issue.path.join(".")])).toEqual([[code, proposal, 2, 10, "extends"]]);
      expect(messages(result)).toContain(join(dir, base));
    }
  });
});
