// Test helper: applies a proposal text to a base model text in memory (no files), returning
// the merged raw model, the drafts and the provenance.
import { applyOverlay } from "../../../src/model/overlays/apply.js";
import { parseOverlay } from "../../../src/model/overlays/parse.js";
import { Provenance, type SourceFile } from "../../../src/model/overlays/provenance.js";
import type { MutableModel } from "../../../src/model/overlays/routes.js";
import { parseYaml } from "../../../src/model/source/yaml-source.js";

/** Parses YAML text as a named source file. */
export function sourceOf(text: string, file: string): { source: SourceFile; raw: unknown } {
  const { source } = parseYaml(text);
  return { source: { file, yaml: source }, raw: source.doc.toJS() };
}

/** Applies `overlayText` to `baseText`; throws when the proposal frame itself is invalid. */
export function applyProposalText(baseText: string, overlayText: string) {
  const base = sourceOf(baseText, "base.yaml");
  const overlay = sourceOf(overlayText, "proposal.yaml");
  const parsed = parseOverlay(overlay.raw);
  if (!parsed.ok) return { model: base.raw as MutableModel, drafts: parsed.drafts, provenance: new Provenance() };
  const provenance = new Provenance();
  provenance.adopt(base.raw, { source: base.source, path: [] });
  const result = applyOverlay({ model: base.raw as MutableModel, provenance }, { overlay: parsed.overlay, changes: parsed.changes, source: overlay.source });
  return { ...result, provenance };
}
