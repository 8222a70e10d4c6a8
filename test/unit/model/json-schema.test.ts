/**
 * The editor schema and the key reference stay in step with the zod schema: the committed
 * docs/procsim.schema.json equals the generated one, and docs/model-language.md mentions
 * every property the schema defines.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildJsonSchema, jsonSchemaText } from "../../../src/model/schema/json-schema.js";

const ROOT = resolve(new URL(".", import.meta.url).pathname, "../../..");

/** Every property name anywhere in a JSON Schema (nested objects, unions, $defs). */
function propertyNames(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => propertyNames(item, found));
  else if (node !== null && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if (record.properties && typeof record.properties === "object") {
      for (const key of Object.keys(record.properties)) found.add(key);
    }
    Object.values(record).forEach((value) => propertyNames(value, found));
  }
  return found;
}

describe("JSON Schema and reference docs", () => {
  it("the committed docs/procsim.schema.json is the generated one (run `procsim schema --out docs/procsim.schema.json`)", () => {
    expect(readFileSync(resolve(ROOT, "docs/procsim.schema.json"), "utf8")).toBe(jsonSchemaText());
  });

  it("describes the model's top-level keys and refuses unknown ones", () => {
    const schema = buildJsonSchema();
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(["name", "run", "arrivals", "steps"]);
    expect(Object.keys(schema.properties as object)).toContain("serviceLevels");
  });

  it("every schema property is documented in docs/model-language.md", () => {
    const docs = readFileSync(resolve(ROOT, "docs/model-language.md"), "utf8");
    const names = [...propertyNames(buildJsonSchema())];
    expect(names.length).toBeGreaterThan(40);
    const missing = names.filter((name) => !docs.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});
