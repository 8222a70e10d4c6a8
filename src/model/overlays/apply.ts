/**
 * Applying a proposal to its base model, on the raw (as-written) documents.
 *
 * "Account opening with RPA" = the base account-opening document, renamed, with its run
 * settings overridden key by key and its changes applied in order. Working on the raw
 * document means the result is validated and normalised as one whole model, exactly as if
 * it had been written out by hand; the provenance records which file every part came from
 * so that problems are reported where they were written.
 */
import type { IssueDraft } from "../source/issues.js";
import type { Change, ChangeKind, RawOverlay } from "./schema.js";
import type { Located, Provenance, SourceFile } from "./provenance.js";
import type { MutableModel } from "./routes.js";
import { ChangeScope, type ApplyState } from "./scope.js";
import { STEP_CHANGES } from "./step-changes.js";
import { SUPPLY_CHANGES } from "./supply-changes.js";
import { ADMISSION_CHANGES } from "./admission-changes.js";
import { APPOINTMENT_CHANGES } from "./appointment-changes.js";
import type { RemovedStep } from "./left-behind.js";
import { IdlingTracker, poolUsers } from "./idled-pools.js";

type Handler = (params: never, scope: ChangeScope) => void;

/** Every change kind's handler. */
const HANDLERS: Record<ChangeKind, Handler> = { ...STEP_CHANGES, ...SUPPLY_CHANGES, ...ADMISSION_CHANGES, ...APPOINTMENT_CHANGES };

/** A raw base model with the provenance of its parts. */
export interface TracedModel {
  readonly model: MutableModel;
  readonly provenance: Provenance;
  /** Steps the proposals' changes took out, by name (none for a plain model). */
  readonly removed?: ReadonlyMap<string, RemovedStep>;
  /** Pool → the change that took away a step it performed in the base (absent for a plain model). */
  readonly idled?: ReadonlyMap<string, Located>;
}

/** A proposal applied: the merged model, the refused changes' drafts, what the changes took out. */
export interface AppliedProposal {
  readonly model: MutableModel;
  readonly drafts: IssueDraft[];
  readonly removed: ReadonlyMap<string, RemovedStep>;
  /** Pool → the change after which it had no step (this proposal's or an extended one's). */
  readonly idled: ReadonlyMap<string, Located>;
}

/** A parsed proposal. */
export interface ParsedProposal {
  readonly overlay: RawOverlay;
  readonly changes: readonly Change[];
  readonly source: SourceFile;
}

/** Name, description and run settings of the proposal replace the base model's. */
function applyFrame(state: ApplyState, overlay: RawOverlay): void {
  const { model, provenance } = state;
  const at = (...path: (string | number)[]) => ({ source: state.overlay, path });
  provenance.assign(model, "name", overlay.name, at("name"));
  if (overlay.description !== undefined) provenance.assign(model, "description", overlay.description, at("description"));
  if (!overlay.run) return;
  const run = (typeof model.run === "object" && model.run !== null ? model.run : {}) as Record<string, unknown>;
  if (model.run !== run) provenance.assign(model, "run", run, at("run"));
  for (const [key, value] of Object.entries(overlay.run)) provenance.assign(run, key, structuredClone(value), at("run", key));
}

/**
 * Applies the proposal to `base` (which is modified in place: pass a fresh copy).
 * Returns the drafts of changes that refer to nothing or cannot be applied; those changes
 * are skipped and the rest still applied, so all problems are reported at once.
 */
export function applyOverlay(base: TracedModel, proposal: ParsedProposal): AppliedProposal {
  const removed = new Map(base.removed ?? []);
  const state: ApplyState = { model: base.model, provenance: base.provenance, overlay: proposal.source, drafts: [], routesExplicit: false, removed };
  applyFrame(state, proposal.overlay);
  const idling = new IdlingTracker(state.model.steps);
  for (const change of proposal.changes) {
    const handler = HANDLERS[change.kind] as (params: unknown, scope: ChangeScope) => void;
    handler(change.params, new ChangeScope(state, change.index, change.kind));
    idling.after(change, state.model.steps, proposal.source);
  }
  const idled = new Map([...(base.idled ?? []), ...idling.idled]);
  for (const pool of poolUsers(state.model.steps).keys()) idled.delete(pool);
  return { model: state.model, drafts: state.drafts, removed, idled };
}
