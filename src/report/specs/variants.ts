/**
 * Variants: the models shown side by side in a chart, each with its display name and colour.
 *
 * "Account opening today" (current, grey) and "RPA data entry" (proposal, blue) are two
 * variants; a single run is one variant. Chart builders work on a variant list so that every
 * chart has a single-run and a comparison form from the same code.
 */
import type { ComparisonResult, RunResult } from "../../stats/result-types.js";
import { CURRENT_COLOUR, PROPOSAL_COLOURS } from "./theme.js";

/** One model in a chart. */
export interface Variant {
  /** Display name (unique within the chart). */
  readonly name: string;
  readonly role: "current" | "proposal" | "run";
  readonly colour: string;
  readonly result: RunResult;
}

/** The single variant of a run on its own; it takes the first proposal colour. */
export function variantsOfRun(result: RunResult): Variant[] {
  return [{ name: result.model, role: "run", colour: PROPOSAL_COLOURS[0], result }];
}

/**
 * Current first (grey), then each proposal in its palette colour.
 * A proposal whose name equals the current model's gets " (proposed)" appended.
 */
export function variantsOfComparison(comparison: ComparisonResult): Variant[] {
  const current: Variant = { name: comparison.current.model, role: "current", colour: CURRENT_COLOUR, result: comparison.current };
  const used = new Set([current.name]);
  const proposals = comparison.proposals.map((proposal, index): Variant => {
    let name = proposal.name;
    while (used.has(name)) name = `${name} (proposed)`;
    used.add(name);
    return { name, role: "proposal", colour: PROPOSAL_COLOURS[index % PROPOSAL_COLOURS.length], result: proposal.result };
  });
  return [current, ...proposals];
}

/** A Vega-Lite colour scale that maps each variant name to its colour, in variant order. */
export function variantColourScale(variants: readonly Variant[]): { domain: string[]; range: string[] } {
  return { domain: variants.map((v) => v.name), range: variants.map((v) => v.colour) };
}
