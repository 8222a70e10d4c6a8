/**
 * The distribution table of the model reference, written from the family records.
 *
 * docs/model-language.md lists every family a bank's model may use — `triangular` with
 * `min`, `mode`, `max`, "`min` ≤ `mode` ≤ `max`" — between two markers; a test checks that the
 * block equals `distributionTable()`, so a new family is documented when it is registered.
 */
import type { DistSpec } from "../../random/dist-spec.js";
import type { DistFamily } from "../../random/families/family.js";
import { DIST_FAMILIES, DIST_KINDS } from "../../random/families/registry.js";

/** The line that opens the generated table in docs/model-language.md. */
export const DIST_TABLE_BEGIN = "<!-- distribution table: generated from src/random/families (see test/unit/model/dist-docs.test.ts) -->";
/** The line that closes it. */
export const DIST_TABLE_END = "<!-- end of distribution table -->";

/** "`shape`, `scale` or `mean`, `cv`". */
function parameterText(family: DistFamily<DistSpec>): string {
  if (family.bareParam !== undefined) return "a list of `{ p, dist }`";
  const forms = family.forms ?? [Object.keys(family.params)];
  return forms.map((form) => form.map((name) => `\`${name}\``).join(", ")).join(" or ");
}

/** The markdown table of every family: name, parameters, notes. */
export function distributionTable(): string {
  const rows = DIST_KINDS.map((kind) => {
    const family: DistFamily<DistSpec> = DIST_FAMILIES[kind];
    return `| \`${kind}\` | ${parameterText(family)} | ${family.docs.notes} |`;
  });
  return ["| family | parameters | notes |", "|---|---|---|", ...rows].join("\n");
}

/** `text` with the block between the markers replaced by the current table; null when a marker is missing. */
export function withDistributionTable(text: string): string | null {
  const begin = text.indexOf(DIST_TABLE_BEGIN);
  const end = text.indexOf(DIST_TABLE_END);
  if (begin < 0 || end < begin) return null;
  return `${text.slice(0, begin + DIST_TABLE_BEGIN.length)}\n${distributionTable()}\n${text.slice(end)}`;
}
