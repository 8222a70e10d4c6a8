/**
 * The warnings of a sweep's or tornado's points, each said once with the points it belongs to.
 *
 * Sweeping the lunch shift of the branch's tellers over 3..8 overloads the pool at 3 and 4
 * tellers (ρ = 2.08 and 1.56 from 12:00 to 13:00), as `validate` would say of either model
 * file. The sweep says it once, where `validate` places it: `branch-counter.yaml:30:5
 * resources.tellers  warning: at pools.tellers.shifts[1].capacity=3: pool "tellers" is
 * offered more work … ρ = 2.08 …; likewise at pools.tellers.shifts[1].capacity=4`. A warning
 * the model itself has (printed when it was loaded) is not repeated; a run warning that every
 * point gives ("Only 1 replication: …") is listed once with its points.
 */
import type { Model, ModelPath } from "../model/compile/model.js";
import { formatPath, locateIssue, warning, wordIssue, type IssueDraft, type ModelIssue } from "../model/source/issues.js";
import { locateInFile } from "../model/source/locate-in-file.js";
import type { SweepSetting } from "./sweep.js";

/** The settings of one point; [] is the model at its own values (a tornado's base run). */
export type PointSettings = readonly SweepSetting[];

/** A run warning (the English sentence a run's JSON holds) and the points whose runs gave it, in order. */
export interface PointRunWarning {
  readonly text: string;
  readonly points: readonly PointSettings[];
}

/** Most points a warning names before counting the rest. */
const NAMED_POINTS = 6;

/** `steps.counter.duration.mean=0, arrivals.walk-in.scale=1.2`; "the model's values" for none. */
export function settingsLabel(settings: PointSettings): string {
  return settings.length === 0 ? "the model's values" : settings.map((s) => `${s.path}=${s.value}`).join(", ");
}

/**
 * Points in words: `pools.tellers.capacity=3, 4 and 5` along one parameter, `a=1, b=2; a=1,
 * b=3` across several, the points after the sixth counted ("and 14 more points"); "all 20
 * points" when they are all `total` points of the sweep.
 */
export function pointsText(points: readonly PointSettings[], total?: number): string {
  if (total !== undefined && total > 1 && points.length === total) return `all ${total} points`;
  const shown = points.slice(0, NAMED_POINTS);
  const path = shown[0]?.[0]?.path;
  const oneAxis = shown.every((s) => s.length === 1 && s[0].path === path);
  const labels = shown.map((s, i) => (oneAxis && i > 0 ? String(s[0].value) : settingsLabel(s)));
  const separator = oneAxis ? ", " : "; ";
  const rest = points.length - shown.length;
  if (rest > 0) return `${labels.join(separator)} and ${rest} more point${rest === 1 ? "" : "s"}`;
  return labels.length < 2 ? labels.join("") : `${labels.slice(0, -1).join(separator)} and ${labels[labels.length - 1]}`;
}

/** One point's warning drafts. */
export interface PointDrafts {
  readonly settings: PointSettings;
  readonly drafts: readonly IssueDraft[];
}

const keyOf = (draft: IssueDraft) => `${draft.code}\n${formatPath(draft.path)}`;

/** One issue's identity across edited models: its check, its place and its wording. */
export const issueIdentity = (draft: IssueDraft): string => `${keyOf(draft)}\n${wordIssue(draft)}`;

/**
 * Where a warning about an edited model is printed: in the model's file where the draft
 * points, or at the file alone (with the draft's path) when the file does not write that place.
 */
export function placeInModelFile(model: Model, draft: IssueDraft): { readonly path: ModelPath; readonly file: string; readonly line: number; readonly column: number } {
  if (model.sourceFile === null) return { path: draft.path, file: "<model>", line: 0, column: 0 };
  const found = locateInFile(model.sourceFile, draft.altPath ? [draft.path, draft.altPath] : [draft.path]);
  return found.path.length > 0 ? { path: found.path, file: model.sourceFile, ...found.position } : { path: draft.path, file: model.sourceFile, line: 0, column: 0 };
}

/** A point's own warning as the params of a warning that wraps it (its wording, and its code and params for other languages). */
export function innerOf(draft: IssueDraft): { readonly problem: string; readonly inner: { readonly code: string; readonly params: Readonly<Record<string, unknown>> } } {
  return { problem: wordIssue(draft), inner: { code: draft.code, params: draft.params as Readonly<Record<string, unknown>> } };
}

/** The issue of a group's warning, placed where the point's own warning points. */
function locatedIn(model: Model, draft: IssueDraft, points: string, likewise: string | null): ModelIssue {
  return locateIssue(warning("pointWarning", draft.path, { points, likewise, ...innerOf(draft) }), placeInModelFile(model, draft));
}

/**
 * The points' model warnings, one issue per kind and place (check code and YAML path): the
 * first point's wording, with every point that has the very same wording, and "likewise at"
 * the points where the same check found other figures. Warnings the model at its own values
 * has (`known`) are left out.
 */
export function pointWarningIssues(model: Model, points: readonly PointDrafts[], known: readonly IssueDraft[]): ModelIssue[] {
  const seen = new Set(known.map(issueIdentity));
  const groups = new Map<string, { lead: IssueDraft; same: PointSettings[]; other: PointSettings[] }>();
  for (const { settings, drafts } of points) {
    for (const draft of drafts) {
      if (draft.severity !== "warning" || seen.has(issueIdentity(draft))) continue;
      const group = groups.get(keyOf(draft));
      if (!group) groups.set(keyOf(draft), { lead: draft, same: [settings], other: [] });
      else {
        const list = wordIssue(draft) === wordIssue(group.lead) ? group.same : group.other;
        if (list[list.length - 1] !== settings) list.push(settings);
      }
    }
  }
  return [...groups.values()].map(({ lead, same, other }) => locatedIn(model, lead, pointsText(same, points.length), other.length > 0 ? pointsText(other) : null));
}

/** The points' run warnings, each sentence once with the points that gave it, in order of first appearance. */
export function pointRunWarnings(points: readonly { readonly settings: PointSettings; readonly warnings: readonly string[] }[]): PointRunWarning[] {
  const byText = new Map<string, PointSettings[]>();
  for (const { settings, warnings } of points) {
    for (const text of new Set(warnings)) {
      const list = byText.get(text);
      if (list) list.push(settings);
      else byText.set(text, [settings]);
    }
  }
  return [...byText].map(([text, list]) => ({ text, points: list }));
}
