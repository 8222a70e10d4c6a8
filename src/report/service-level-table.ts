/**
 * The service level per time slot as a table: for every declared target, each model's share
 * met by the slot in which the cases arrived, with its 95% interval, and whether the slot
 * met the target by the rule of the targets table (`targetState`: met when the whole
 * interval is at or above it, not met when all of it is below, else undecided).
 *
 * "walk-in wait within 5 min, 12:00-13:00: 71% (64%-78%) today, not met; 86% (82%-90%) with
 * the lunch roster, met; target 80%" are two rows; the CSV has the raw numbers and the
 * English words.
 */
import type { RunResult } from "../stats/result-types.js";
import type { Column, Table } from "./tables.js";
import { MISSING, formatValue } from "./format.js";
import { formatInterval, formatMean } from "./format-kpi.js";
import { t } from "./i18n/translate.js";
import { inLanguage } from "./i18n/language.js";
import { stateWord, targetState, type TargetState } from "./target-state.js";

/** One service level, one model, one slot. */
export interface ServiceLevelSlotRow {
  readonly model: string;
  readonly level: string;
  readonly target: number;
  /** Slot start and end, minutes after midnight. */
  readonly from: number;
  readonly to: number;
  readonly mean: number;
  readonly lo: number | null;
  readonly hi: number | null;
  /** Met, not met or undecided against `target`, by the slot's interval. */
  readonly state: TargetState | null;
}

/** A slot's share as an estimate, so the table formats it like every other KPI. */
const estimateOf = (r: ServiceLevelSlotRow) => ({ mean: r.mean, lo: r.lo, hi: r.hi, halfWidth: r.lo === null || r.hi === null ? null : (r.hi - r.lo) / 2 });

const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

function rowsOf(name: string, result: RunResult): ServiceLevelSlotRow[] {
  return result.serviceLevels.flatMap((sl) => {
    const s = result.timeOfDay.find((x) => x.key === `serviceLevel/${sl.name}/achieved`);
    if (!s) return [];
    const width = s.starts.length > 1 ? s.starts[1] - s.starts[0] : 60;
    return s.starts.flatMap((from, i) => {
      const mean = s.mean[i];
      if (mean === null) return [];
      const [lo, hi] = [s.lo[i], s.hi[i]];
      return [{ model: name, level: sl.name, target: sl.target, from, to: Math.min(1440, from + width), mean, lo, hi, state: targetState({ mean, lo, hi }, sl.target) }];
    });
  });
}

/** Every service level of every model by time slot; no rows when no model declares one. */
export function serviceLevelSlotTable(models: readonly { readonly name: string; readonly result: RunResult }[]): Table<ServiceLevelSlotRow> {
  const columns: Column<ServiceLevelSlotRow>[] = [
    { header: "model", align: "left", raw: (r) => r.model, text: (r) => r.model },
    { header: "service level", align: "left", raw: (r) => r.level, text: (r) => r.level },
    { header: "target", align: "right", raw: (r) => r.target, text: (r) => formatValue(r.target, "share") },
    { header: "slot", align: "left", raw: (r) => `${hhmm(r.from)}-${hhmm(r.to)}`, text: (r) => `${hhmm(r.from)}–${hhmm(r.to)}` },
    { header: "share met", align: "right", raw: (r) => r.mean, text: (r) => formatMean(estimateOf(r), "share") },
    { header: "95% CI", align: "right", raw: () => null, text: (r) => formatInterval(estimateOf(r), "share") || MISSING, displayOnly: true },
    { header: "lo", align: "right", raw: (r) => r.lo, text: () => "", csvOnly: true },
    { header: "hi", align: "right", raw: (r) => r.hi, text: () => "", csvOnly: true },
    { header: "met", align: "left", raw: (r) => inLanguage("en", () => stateWord(r.state)), text: (r) => stateWord(r.state) },
  ];
  return { title: t("table.serviceLevelBySlot"), columns, rows: models.flatMap((m) => rowsOf(m.name, m.result)) };
}
