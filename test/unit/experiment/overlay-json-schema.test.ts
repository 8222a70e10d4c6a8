// The proposal JSON Schema is generated from the zod schemas: every change kind is offered,
// with its parameters, and the frame keys are required as the validator requires them.
import { readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildProposalJsonSchema, proposalJsonSchemaText } from "../../../src/model/overlays/json-schema.js";

const ROOT = resolve(new URL(".", import.meta.url).pathname, "../../..");
import { CHANGE_KINDS } from "../../../src/model/overlays/schema.js";

describe("proposal JSON Schema", () => {
  it("lists every change kind as a one-key mapping and requires extends, name and changes", () => {
    const schema = buildProposalJsonSchema() as { required: string[]; properties: { changes: { items: { anyOf: { properties: Record<string, unknown>; required: string[] }[] } } } };
    expect(schema.required).toEqual(expect.arrayContaining(["extends", "name", "changes"]));
    const options = schema.properties.changes.items.anyOf;
    expect(options.map((o) => Object.keys(o.properties)[0])).toEqual(CHANGE_KINDS);
    const automate = options.find((o) => "automateStep" in o.properties)?.properties.automateStep as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(automate.properties)).toEqual(expect.arrayContaining(["step", "pool", "capacity", "duration", "errorRate", "reworkTo"]));
    expect(automate.required).toEqual(expect.arrayContaining(["step", "pool", "duration"]));
  });

  it("the committed docs/procsim-proposal.schema.json is the generated one (`procsim schema --proposal --out …`)", () => {
    expect(readFileSync(resolve(ROOT, "docs/procsim-proposal.schema.json"), "utf8")).toBe(proposalJsonSchemaText());
  });

  it("every bundled proposal points editors at the proposal schema", () => {
    const proposals = readdirSync(resolve(ROOT, "scenarios")).filter((f) => f.includes("-proposed"));
    expect(proposals.length).toBeGreaterThan(0);
    for (const file of proposals) {
      const first = readFileSync(resolve(ROOT, "scenarios", file), "utf8").split("\n")[0];
      expect(first, file).toBe("# yaml-language-server: $schema=../docs/procsim-proposal.schema.json");
    }
  });
});
