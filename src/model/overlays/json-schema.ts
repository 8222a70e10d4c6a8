/**
 * The editor JSON Schema of proposal files, generated from the same zod schemas that check
 * them.
 *
 * A planner writing `account-opening-rpa-proposed.yaml` gets completion for the change kinds
 * (`automateStep`, `removeStep`, …) and their parameters through the first line
 * `# yaml-language-server: $schema=../docs/procsim-proposal.schema.json`.
 */
import { z } from "zod";
import { CHANGE_KINDS, CHANGE_SCHEMAS, OverlaySchema } from "./schema.js";

/** Where the generated proposal schema belongs, relative to the project root. */
export const PROPOSAL_JSON_SCHEMA_PATH = "docs/procsim-proposal.schema.json";

/** The proposal file schema with each change spelled out as a one-key mapping. */
function documentedOverlaySchema() {
  const changes = CHANGE_KINDS.map((kind) => z.strictObject({ [kind]: CHANGE_SCHEMAS[kind] }).describe(CHANGE_SCHEMAS[kind].description ?? kind));
  const [first, second, ...rest] = changes;
  return OverlaySchema.extend({
    changes: z.array(z.union([first, second, ...rest])).describe("The changes, applied in order; each is one mapping key naming its kind."),
  });
}

/** The JSON Schema (draft 2020-12) of a proposal file, as a plain object. */
export function buildProposalJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(documentedOverlaySchema(), { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return { $id: "https://procsim.dev/procsim-proposal.schema.json", title: "procsim proposal", ...schema };
}

/** The schema as text (2-space JSON, trailing newline). */
export function proposalJsonSchemaText(): string {
  return `${JSON.stringify(buildProposalJsonSchema(), null, 2)}\n`;
}
