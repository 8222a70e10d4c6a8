/**
 * Hostile and broken input: every case returns issues — never a throw, never a hang, never a
 * polluted prototype.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModelFile, loadModelObject, loadModelText, type LoadResult } from "../../../src/model/source/load.js";
import { BASE, issueFor, vary } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "procsim-hostile-"));

function codes(result: LoadResult): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues.map((issue) => issue.code);
}

const BILLION_LAUGHS = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
`;

describe("hostile input", () => {
  it("malformed YAML is a located syntax error", () => {
    const result = loadModelText("name: x\nsteps: [\n  - a\n", "model.yaml");
    expect(codes(result)).toContain("yamlSyntax");
    if (!result.ok) expect(result.issues[0].line).toBeGreaterThan(0);
  });

  it("a duplicate key is located at the second occurrence", () => {
    const text = vary("  clerks: { capacity: 2, costPerHour: 30 }\n", "  clerks: { capacity: 2, costPerHour: 30 }\n  clerks: { capacity: 3 }\n");
    const issue = issueFor(text, "duplicateKey");
    expect([issue.line, issue.column]).toEqual([8, 3]);
    expect(issue.params.key).toBe("clerks");
  });

  it("a billion-laughs alias bomb is rejected by its alias count, not expanded", () => {
    expect(codes(loadModelText(BILLION_LAUGHS))).toEqual(["tooManyAliases"]);
  });

  it("__proto__, constructor and prototype keys are refused and pollute nothing", () => {
    for (const key of ["__proto__", "constructor", "prototype"]) {
      const text = vary("  clerks: {", `  ${key}: { polluted: 1 }\n  clerks: {`);
      expect(issueFor(text, "forbiddenKey").path).toEqual(["resources", key]);
    }
    const nested = vary("ratePerHour: 6", "ratePerHour: 6\n    __proto__: { polluted: true }");
    expect(issueFor(nested, "forbiddenKey").line).toBe(6);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("a plain object with an own __proto__ key is refused", () => {
    const raw = JSON.parse(`{"name":"x","run":{"horizon":60},"arrivals":[{"name":"a","ratePerHour":1}],"resources":{"__proto__":{"capacity":1}},"steps":[{"name":"s","duration":1}]}`);
    const result = loadModelObject(raw);
    expect(codes(result)).toEqual(["forbiddenKey"]);
    expect(({} as Record<string, unknown>).capacity).toBeUndefined();
  });

  it(".nan, .inf and -.inf are not numbers a model accepts", () => {
    for (const value of [".nan", ".inf", "-.inf"]) {
      const issue = issueFor(vary("ratePerHour: 6", `ratePerHour: ${value}`), "wrongType");
      expect(issue.path).toEqual(["arrivals", 0, "ratePerHour"]);
    }
  });

  it("absurdly large numbers hit the sane maxima", () => {
    expect(issueFor(vary("replications: 2", "replications: 1e9"), "tooBig").params.maximum).toBe(100_000);
    expect(issueFor(vary("ratePerHour: 6", "ratePerHour: 1e300"), "tooBig").params.maximum).toBe(1_000_000);
    expect(issueFor(vary("capacity: 2,", "capacity: 99999999999999999999,"), "tooBig").params.maximum).toBe(100_000);
  });

  it("a 50 MB string is refused before parsing", () => {
    expect(codes(loadModelText(`name: x\n#${"x".repeat(50 * 1024 * 1024)}`))).toEqual(["fileTooLarge"]);
  });

  it("a file over 10 MB is refused before reading", () => {
    const path = join(dir, "huge.yaml");
    writeFileSync(path, `name: x\n#${"x".repeat(11 * 1024 * 1024)}\n`);
    expect(codes(loadModelFile(path))).toEqual(["fileTooLarge"]);
  });

  it("binary content (NUL bytes) is refused", () => {
    const path = join(dir, "binary.yaml");
    writeFileSync(path, Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x00, 0xff, 0xfe]));
    expect(codes(loadModelFile(path))).toEqual(["binaryFile"]);
    expect(codes(loadModelText("name: a\u0000b"))).toEqual(["binaryFile"]);
  });

  it("a missing file, a directory and an empty file", () => {
    expect(codes(loadModelFile(join(dir, "nope.yaml")))).toEqual(["fileNotFound"]);
    expect(codes(loadModelFile(dir))).toEqual(["notAFile"]);
    const empty = join(dir, "empty.yaml");
    writeFileSync(empty, "");
    expect(codes(loadModelFile(empty))).toEqual(["emptyFile"]);
    expect(codes(loadModelText("# only a comment\n"))).toEqual(["emptyFile"]);
  });

  it("a top-level scalar or list is not a model", () => {
    expect(codes(loadModelText("just a string\n"))).toEqual(["notAMapping"]);
    expect(codes(loadModelText("- a\n- b\n"))).toEqual(["notAMapping"]);
    expect(codes(loadModelText("42\n"))).toEqual(["notAMapping"]);
  });

  it("absurd nesting is refused before parsing, located at the first excess", () => {
    const result = loadModelText(`name: x\nsteps: ${"[".repeat(200_000)}${"]".repeat(200_000)}`);
    expect(codes(result)).toEqual(["tooDeep"]);
    if (!result.ok) expect([result.issues[0].line, result.issues[0].column]).toEqual([2, 8 + 64]);
    const indented = Array.from({ length: 300 }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n");
    expect(codes(loadModelText(indented))).toEqual(["tooDeep"]);
    expect(codes(loadModelText(`${"- ".repeat(100_000)}x`))).toEqual(["tooDeep"]);
  });

  it("non-string input to loadModelText is an issue, not a throw", () => {
    expect(codes(loadModelText(undefined as unknown as string))).toEqual(["wrongType"]);
    expect(codes(loadModelObject(null))).toEqual(["notAMapping"]);
  });

  it("a huge list of steps within limits loads, one beyond is refused", () => {
    const steps = Array.from({ length: 10_001 }, (_, i) => `  - { name: s${i}, duration: 1 }`).join("\n");
    const text = `name: x\nrun: { horizon: 60 }\narrivals: [ { name: a, ratePerHour: 1 } ]\nsteps:\n${steps}\n`;
    expect(codes(loadModelText(text))).toContain("tooManyItems");
  });

  it("the base model is still valid (sanity)", () => {
    expect(loadModelText(BASE).ok).toBe(true);
  });
});
