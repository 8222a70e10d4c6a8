/**
 * The dependency rules of docs/architecture.md, checked: every import in src/ must go to a
 * room its own room may use. The simulation core stays free of I/O, reports never see the
 * engine, and nothing imports the CLI.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(dirname(new URL(import.meta.url).pathname), "../../src");

/** Which rooms each room may import (its own room is always allowed). */
const ALLOWED: Record<string, readonly string[]> = {
  engine: [],
  random: [],
  stats: [],
  model: ["random", "stats"],
  process: ["engine", "random", "stats", "model"],
  experiment: ["model", "process", "engine", "stats", "random"],
  report: ["stats"],
  api: ["model", "random", "engine", "process", "stats", "experiment", "report"],
  cli: ["api", "model", "stats", "experiment", "report"],
  bench: ["model", "experiment", "stats"],
  ".": ["api", "model", "random", "stats", "experiment", "report"],
};

/** Node built-ins the pure rooms must not use. */
const IO_MODULES = /^(node:)?(fs|fs\/promises|child_process|net|http|https|worker_threads|os|process)$/;
const PURE_ROOMS = new Set(["engine", "random", "stats", "process"]);

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

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const match of text.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/g)) found.push(match[1]);
  for (const match of text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) found.push(match[1]);
  return found;
}

describe("architecture: import rules", () => {
  const files = sourceFiles(SRC);

  it("finds the source tree", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it("every relative import goes to an allowed room", () => {
    const violations: string[] = [];
    for (const file of files) {
      const room = roomOf(file);
      for (const spec of importsOf(file)) {
        if (!spec.startsWith(".")) continue;
        const target = roomOf(resolve(dirname(file), spec));
        if (target !== room && !(ALLOWED[room] ?? []).includes(target)) {
          violations.push(`${relative(SRC, file)} imports ${spec} (${room} → ${target})`);
        }
      }
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
