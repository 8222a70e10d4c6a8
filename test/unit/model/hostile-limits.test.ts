/**
 * One limits table: the schema, the run overrides and the documentation all read it, so a
 * model value and a command-line option are refused at the same bound with the same words.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkRunOverrides } from "../../../src/experiment/run-overrides.js";
import { LIMITS, limitsMarkdown } from "../../../src/model/schema/limits.js";
import { issueFor, vary } from "./helpers.js";

const DOCS = resolve(new URL(".", import.meta.url).pathname, "../../../docs/model-language.md");

describe("the limits table", () => {
  it("is printed in docs/model-language.md", () => {
    expect(readFileSync(DOCS, "utf8")).toContain(limitsMarkdown());
  });

  it("bounds the model and the run overrides alike", () => {
    expect(issueFor(vary("replications: 2", `replications: ${LIMITS.replications + 1}`), "tooBig").params.maximum).toBe(LIMITS.replications);
    expect(checkRunOverrides({ replications: LIMITS.replications + 1 })[0].message).toContain(`from 1 to ${LIMITS.replications}`);
    expect(checkRunOverrides({ replications: LIMITS.replications })).toEqual([]);
    expect(issueFor(vary("replications: 2", `replications: 2, seed: ${LIMITS.seed + 1}`), "tooBig").params.maximum).toBe(LIMITS.seed);
    expect(checkRunOverrides({ seed: LIMITS.seed + 1 })[0].message).toContain(`from 0 to ${LIMITS.seed}`);
  });

  it("a model's own name may not carry terminal escapes", () => {
    expect(issueFor(vary("name: test", 'name: "test\\u001b]0;owned\\u0007"'), "invisibleInName").path).toEqual(["name"]);
  });
});
