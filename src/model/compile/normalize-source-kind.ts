/**
 * The parts of a source that say how it arrives beyond a rate: `recorded`, `drops` and
 * `groupSize`, and the combinations a source may not have.
 *
 * A mail room `{ ratePerHour: 6, groupSize: { 1: 70%, 2: 30% } }` is a compound Poisson
 * source; `{ recorded: { file: tuesday.csv }, ratePerHour: 30 }` is refused (a source arrives
 * one way), and so is a rate factor or a day factor of its own on a recorded or drop source,
 * which has no rate to scale.
 */
import type { Calendar, ModelPath } from "./model.js";
import type { AttributeSpec } from "./attribute-types.js";
import type { CountSpec, RecordedArrivals, ScheduledDrop } from "./source-types.js";
import type { RawArrival } from "../schema/schema.js";
import { error, type IssueDraft } from "../source/issues.js";
import { normalizeCount, normalizeDrops } from "./normalize-sources.js";
import { normalizeRecorded, type DeclaredAttribute, type ReadDataFile } from "./normalize-recorded.js";

/** What a source's kind adds to its normal form (absent keys: the plain rate source). */
export interface SourceKindParts {
  readonly recorded?: RecordedArrivals;
  readonly drops?: readonly ScheduledDrop[];
  readonly groupSize?: CountSpec;
  /** Attributes the recording's columns give the source. */
  readonly recordedAttributes: Record<string, AttributeSpec>;
}

/** What the source kinds are read against. */
export interface SourceKindContext {
  readonly calendar: Calendar;
  readonly read?: ReadDataFile | null;
  readonly declared?: ReadonlyMap<string, DeclaredAttribute>;
}

/** True when the source arrives by a recording or drops (it then has no rate). */
export function isPlannedSource(raw: RawArrival): boolean {
  return raw.recorded !== undefined || raw.drops !== undefined;
}

/** The keys a recorded or drop source may not have, with the one it has. */
function conflicts(raw: RawArrival, path: ModelPath, issues: IssueDraft[]): void {
  const kind = raw.recorded !== undefined ? "recorded" : raw.drops !== undefined ? "drops" : null;
  if (kind === null) {
    if (raw.groupSize !== undefined && raw.rateFactor !== undefined && raw.rateFactor !== 1) issues.push(error("sourceKindConflict", [...path, "rateFactor"], { key: "rateFactor", other: "groupSize" }));
    if (raw.groupSize !== undefined && raw.appointments !== undefined) issues.push(error("sourceKindConflict", [...path, "groupSize"], { key: "groupSize", other: "appointments" }));
    return;
  }
  const others: (keyof RawArrival)[] = ["ratePerHour", "interarrival", "profile", "rateFactor", "dayFactor", "groupSize", "appointments"];
  if (kind === "recorded") others.push("drops");
  for (const key of others) {
    if (raw[key] !== undefined) issues.push(error("sourceKindConflict", [...path, key], { key, other: kind }));
  }
}

/** Normalises `recorded`, `drops` and `groupSize` of source `raw` at `path`. */
export function normalizeSourceKind(raw: RawArrival, path: ModelPath, context: SourceKindContext, issues: IssueDraft[]): SourceKindParts {
  conflicts(raw, path, issues);
  const recordedAttributes: Record<string, AttributeSpec> = Object.create(null);
  let recorded: RecordedArrivals | undefined;
  if (raw.recorded !== undefined) {
    const where = [...path, "recorded"];
    const recording = normalizeRecorded(raw.recorded, where, { calendar: context.calendar, read: context.read ?? null, declared: context.declared ?? new Map() }, issues);
    recorded = recording?.recorded ?? { file: raw.recorded.file, days: 1, day: [], time: [], columns: [], afterRecording: "stop", path: where };
    for (const [name, spec] of Object.entries(recording?.attributes ?? {})) {
      if (raw.attributes?.[name] !== undefined) issues.push(error("sourceKindConflict", [...path, "attributes", name], { key: `attribute ${name}`, other: "a recorded column of the same name" }));
      recordedAttributes[name] = spec;
    }
  }
  return {
    ...(recorded === undefined ? {} : { recorded }),
    ...(raw.drops === undefined ? {} : { drops: normalizeDrops(raw.drops, context.calendar, [...path, "drops"], issues) }),
    ...(raw.groupSize === undefined ? {} : { groupSize: normalizeCount(raw.groupSize, [...path, "groupSize"], issues) }),
    recordedAttributes,
  };
}

/** The attributes every source declares in `attributes:` or recorded `columns:`, by name (the first declaration wins). */
export function declaredAttributes(arrivals: readonly RawArrival[]): Map<string, DeclaredAttribute> {
  const declared = new Map<string, DeclaredAttribute>();
  for (const source of arrivals) {
    for (const [name, spec] of Object.entries(source.attributes ?? {})) {
      if (declared.has(name)) continue;
      const categories = typeof spec === "object" && spec !== null && "categories" in spec ? Object.keys(spec.categories as object) : null;
      declared.set(name, { categories });
    }
    for (const [name, column] of Object.entries(source.recorded?.columns ?? {})) {
      if (!declared.has(name)) declared.set(name, { categories: column === "number" ? null : column });
    }
  }
  return declared;
}
