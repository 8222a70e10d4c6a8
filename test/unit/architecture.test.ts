/**
 * The dependency rules of docs/architecture.md, checked: every import in src/ must go to a
 * room its own room may use, and inside model/ to a stage its stage may use. The rules are
 * read from the tables on that page, so the page and the code cannot drift apart. The
 * simulation core stays free of I/O, reports never see the engine, nothing imports the CLI.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SRC = resolve(ROOT, "src");
const DOC = readFileSync(resolve(ROOT, "docs/architecture.md"), "utf8");

/** Node built-ins the pure rooms must not use. */
const IO_MODULES = /^(node:)?(fs|fs\/promises|child_process|net|http|https|worker_threads|os|process)$/;
const PURE_ROOMS = new Set(["engine", "random", "stats", "process"]);

/**
 * The "may import" column of the table whose header starts with `header`: first cell (a
 * `room/` or `index.ts` in backticks) → the names of the last cell ("—" for none).
 */
function tableRules(header: string): Record<string, readonly string[]> {
  const start = DOC.indexOf(`| ${header} |`);
  expect(start, `docs/architecture.md has a table headed "${header}"`).toBeGreaterThanOrEqual(0);
  const rows = DOC.slice(start).split("\n").slice(2);
  const rules: Record<string, readonly string[]> = {};
  for (const row of rows) {
    if (!row.startsWith("|")) break;
    const cells = row.split("|").slice(1, -1).map((cell) => cell.trim());
    const name = cells[0].replace(/`/g, "").replace(/\/$/, "");
    const last = cells[cells.length - 1];
    rules[name === "index.ts" ? "." : name] = last === "—" ? [] : last.replace(/\(.*?\)/g, "").split(",").map((room) => room.trim());
  }
  return rules;
}

/** Which rooms each room may import (its own room is always allowed). */
const ROOMS = tableRules("room");
/** Which model stages each stage may import (its own stage is always allowed). */
const STAGES = tableRules("model stage");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

function roomOf(file: string): string {
  const rel = relative(SRC, file);
  return rel.includes("/") ? rel.split("/")[0] : ".";
}

/** The model stage of a file under model/ (`source`, `schema`, …), or null. */
function stageOf(file: string): string | null {
  const parts = relative(SRC, file).split("/");
  return parts[0] === "model" && parts.length > 2 ? parts[1] : null;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const match of text.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/g)) found.push(match[1]);
  for (const match of text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) found.push(match[1]);
  for (const match of text.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) found.push(match[1]);
  return found;
}

/** Every relative import as (importing file, specifier, imported file). */
function relativeImports(files: readonly string[]): { file: string; spec: string; target: string }[] {
  return files.flatMap((file) =>
    importsOf(file).filter((spec) => spec.startsWith(".")).map((spec) => ({ file, spec, target: resolve(dirname(file), spec) })),
  );
}

describe("architecture: import rules", () => {
  const files = sourceFiles(SRC);
  const imports = relativeImports(files);

  it("finds the source tree and both tables", () => {
    expect(files.length).toBeGreaterThan(5);
    expect(Object.keys(ROOMS)).toEqual(expect.arrayContaining(["engine", "random", "stats", "model", "process", "experiment", "report", "api", "cli", "."]));
    expect(Object.keys(STAGES)).toEqual(["schema", "source", "compile", "checks", "overlays"]);
  });

  it("every room under src/ is in the table", () => {
    const rooms = new Set(files.map(roomOf));
    expect([...rooms].filter((room) => !(room in ROOMS))).toEqual([]);
  });

  it("every relative import goes to an allowed room", () => {
    const violations: string[] = [];
    for (const { file, spec, target } of imports) {
      const [from, to] = [roomOf(file), roomOf(target)];
      if (from !== to && !(ROOMS[from] ?? []).includes(to)) violations.push(`${relative(SRC, file)} imports ${spec} (${from} → ${to})`);
    }
    expect(violations).toEqual([]);
  });

  it("inside model/, every import goes to an allowed stage", () => {
    const violations: string[] = [];
    for (const { file, spec, target } of imports) {
      const [from, to] = [stageOf(file), stageOf(target)];
      if (from === null || to === null || from === to) continue;
      if (!(from in STAGES) || !(STAGES[from] ?? []).includes(to)) violations.push(`${relative(SRC, file)} imports ${spec} (${from} → ${to})`);
    }
    expect(violations).toEqual([]);
  });

  it("the simulation core does no I/O", () => {
    const violations: string[] = [];
    for (const file of files) {
      if (!PURE_ROOMS.has(roomOf(file))) continue;
      for (const spec of importsOf(file)) {
        if (IO_MODULES.test(spec)) violations.push(`${relative(SRC, file)} imports ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });
});
