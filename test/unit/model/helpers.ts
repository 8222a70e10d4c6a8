/**
 * Test helpers for the model language: a small valid model to vary, and position lookup so
 * that tests assert the exact file:line:column an issue points at.
 */
import { expect } from "vitest";
import type { IssueCode, ModelIssue } from "../../../src/model/source/issues.js";
import { loadModelText, type LoadResult } from "../../../src/model/source/load.js";

/** A valid two-step model (ρ ≈ 0.48) that tests vary by string replacement. */
export const BASE = `name: test
run: { horizon: 8h, replications: 2 }
arrivals:
  - name: customers
    ratePerHour: 6
resources:
  clerks: { capacity: 2, costPerHour: 30 }
steps:
  - name: intake
    resource: clerks
    duration: { exponential: { mean: 5 } }
  - name: review
    resource: clerks
    duration: { triangular: { min: 2, mode: 4, max: 8 } }
`;

/** BASE with one substring replaced (fails the test if the substring is absent). */
export function vary(from: string, to: string, text = BASE): string {
  expect(text.includes(from), `base text contains ${JSON.stringify(from)}`).toBe(true);
  return text.replace(from, to);
}

/** 1-based line and column of the first occurrence of `needle` (plus `skip` characters). */
export function positionOf(text: string, needle: string, skip = 0): { line: number; column: number } {
  const offset = text.indexOf(needle);
  expect(offset, `text contains ${JSON.stringify(needle)}`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset + skip);
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return { line, column };
}

/** All issues of a load (errors and warnings). */
export function issuesOf(result: LoadResult): readonly ModelIssue[] {
  return result.ok ? result.warnings : result.issues;
}

/** Loads text as "model.yaml" and returns the first issue with `code` (fails when absent), its params typed. */
export function issueFor<C extends IssueCode>(text: string, code: C): Extract<ModelIssue, { code: C }> {
  const result = loadModelText(text, "model.yaml");
  const found = issuesOf(result).filter((issue): issue is Extract<ModelIssue, { code: C }> => issue.code === code);
  expect(found.map((issue) => issue.code), `issues: ${issuesOf(result).map((i) => `${i.code}@${i.line}:${i.column}`).join(", ")}`).toContain(code);
  return found[0];
}

/** Asserts an issue's severity, path and position (the position of `needle` in `text`). */
export function expectLocated(
  issue: ModelIssue,
  expected: { severity?: "error" | "warning"; path: (string | number)[]; text: string; needle: string; skip?: number },
): void {
  expect(issue.file).toBe("model.yaml");
  expect(issue.path).toEqual(expected.path);
  expect(issue.severity).toBe(expected.severity ?? "error");
  expect({ line: issue.line, column: issue.column }).toEqual(positionOf(expected.text, expected.needle, expected.skip));
  expect(issue.message).toMatch(/; /);
}
